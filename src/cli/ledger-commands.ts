import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { describeVerifyResult, ExportVerifier, verifyExitCode } from '@libs/ledger';
import type { Io } from './io';

/** Reads `--name value` options; returns null on an unknown or valueless option. */
export function parseOptions(
  args: readonly string[],
  known: readonly string[],
  flags: readonly string[] = [],
): { positional: string[]; opts: Record<string, string> } | null {
  const positional: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const name = a.slice(2);
    if (flags.includes(name)) opts[name] = 'true';
    else if (known.includes(name) && i + 1 < args.length) opts[name] = args[++i] as string;
    else return null;
  }
  return { positional, opts };
}

/** A previous checkpoint given as the signed note itself, or as the JSON of GET /v1/audit/checkpoint. */
function readCheckpointNote(path: string): string {
  const text = readFileSync(path, 'utf8');
  try {
    const v = JSON.parse(text) as { note?: unknown };
    if (typeof v.note === 'string') return v.note;
  } catch {
    // not JSON: the note text itself
  }
  return text;
}

/**
 * `ledger verify <export.jsonl> --vkey <file> [--prev-checkpoint <file>] [--json]`: offline, no database.
 * Exit 0 verified, 1 failed (FIRST BAD SEQ: k, or the bounding range), 2 bad input.
 */
export async function ledgerVerify(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseOptions(args, ['vkey', 'prev-checkpoint'], ['json']);
  const file = parsed?.positional[0];
  if (!parsed || !file || parsed.positional.length !== 1 || !parsed.opts.vkey) {
    io.err('usage: gatewayctl ledger verify <export.jsonl> --vkey <file> [--prev-checkpoint <file>] [--json]');
    return 2;
  }
  for (const f of [file, parsed.opts.vkey, parsed.opts['prev-checkpoint']]) {
    if (f !== undefined && !existsSync(f)) {
      io.err(`BAD INPUT: ${f}: no such file`);
      return 2;
    }
  }
  let verifier: ExportVerifier;
  try {
    const prev = parsed.opts['prev-checkpoint'];
    verifier = new ExportVerifier(readFileSync(parsed.opts.vkey as string, 'utf8').trim(), prev ? readCheckpointNote(prev) : undefined);
  } catch (err) {
    io.err(`BAD INPUT: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (verifier.push(line)) break; // the first failure is final
  }
  lines.close();
  const result = verifier.finish();
  const text = parsed.opts.json ? JSON.stringify(result) : describeVerifyResult(result);
  if (result.ok) io.out(text);
  else io.err(text);
  return verifyExitCode(result);
}
