import { EXPORT_FORMAT, type ExportMode } from './export';

/**
 * Strict reader of one `ledger-export/v1` line. Anything that is not the documented shape is an input
 * error (the CLI's exit 2), distinct from a verification failure. Unknown extra fields are ignored.
 */

export type ParsedExportLine =
  | { type: 'header'; origin: string; tenant: string; mode: ExportMode }
  | { type: 'entry'; seq: number; leaf: string; leafHash: Buffer; inclusion?: { treeSize: number; proof: Buffer[] } }
  | { type: 'checkpoint'; origin: string; treeSize: number; rootHash: Buffer; note?: string }
  | { type: 'consistency'; size1: number; root1: Buffer; size2: number; proof: Buffer[] };

export class ExportFormatError extends Error {}

type Obj = { [k: string]: unknown };

const HEX32 = /^[0-9a-f]{64}$/;

function field(o: Obj, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
}

function str(o: Obj, k: string): string {
  const v = field(o, k);
  if (typeof v !== 'string') throw new ExportFormatError(`"${k}" must be a string`);
  return v;
}

function count(o: Obj, k: string): number {
  const v = field(o, k);
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new ExportFormatError(`"${k}" must be a non-negative integer`);
  return v;
}

function hash(o: Obj, k: string): Buffer {
  const v = str(o, k);
  if (!HEX32.test(v)) throw new ExportFormatError(`"${k}" must be 64 lowercase hex digits`);
  return Buffer.from(v, 'hex');
}

function hashes(o: Obj, k: string): Buffer[] {
  const v = field(o, k);
  if (!Array.isArray(v) || !v.every((h): h is string => typeof h === 'string' && HEX32.test(h))) {
    throw new ExportFormatError(`"${k}" must be an array of 64-digit lowercase hex hashes`);
  }
  return v.map((h) => Buffer.from(h, 'hex'));
}

function object(v: unknown, what: string): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ExportFormatError(`${what} must be a JSON object`);
  return v as Obj;
}

/** Parses one non-blank line; throws ExportFormatError (or SyntaxError for bad JSON). */
export function parseExportLine(text: string): ParsedExportLine {
  const o = object(JSON.parse(text), 'a line');
  const type = field(o, 'type');
  switch (type) {
    case 'header': {
      if (field(o, 'format') !== EXPORT_FORMAT) throw new ExportFormatError(`header format must be "${EXPORT_FORMAT}"`);
      const mode = field(o, 'mode');
      if (mode !== 'full' && mode !== 'partial') throw new ExportFormatError('header mode must be "full" or "partial"');
      return { type, origin: str(o, 'origin'), tenant: str(o, 'tenant'), mode };
    }
    case 'entry': {
      const line: ParsedExportLine = { type, seq: count(o, 'seq'), leaf: str(o, 'leaf'), leafHash: hash(o, 'leaf_hash') };
      const inc = field(o, 'inclusion');
      if (inc !== undefined) {
        const i = object(inc, '"inclusion"');
        line.inclusion = { treeSize: count(i, 'tree_size'), proof: hashes(i, 'proof') };
      }
      return line;
    }
    case 'checkpoint': {
      const note = field(o, 'note');
      if (note !== undefined && note !== null && typeof note !== 'string') throw new ExportFormatError('"note" must be a string');
      const line: ParsedExportLine = { type, origin: str(o, 'origin'), treeSize: count(o, 'tree_size'), rootHash: hash(o, 'root_hash') };
      if (typeof note === 'string') line.note = note;
      return line;
    }
    case 'consistency':
      return { type, size1: count(o, 'size1'), root1: hash(o, 'root1'), size2: count(o, 'size2'), proof: hashes(o, 'proof') };
    default:
      throw new ExportFormatError(`unknown line type ${JSON.stringify(type)}`);
  }
}
