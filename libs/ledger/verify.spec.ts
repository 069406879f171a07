import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { leafHash } from './leaf';
import { anExport, checkpointFor, someLeaves, testVkey } from './ledger.fixtures';
import { rootFromLeafHashes } from './merkle';
import { describeVerifyResult, verifyExitCode, verifyExport, type VerifyResult } from './verify';

type Line = {
  type: string;
  seq?: number;
  leaf?: string;
  leaf_hash?: string;
  tree_size?: number;
  note?: string;
  root_hash?: string;
  inclusion?: { proof: string[] };
};
const parse = (l: string): Line => JSON.parse(l) as Line;
const entryAt = (lines: string[], seq: number): number => lines.findIndex((l) => parse(l).type === 'entry' && parse(l).seq === seq);
const ckptAt = (lines: string[], size: number): number =>
  lines.findIndex((l) => parse(l).type === 'checkpoint' && parse(l).tree_size === size);

/** Tampering as an operator with database access would do it. */
const tamper = {
  editLeaf(lines: string[], seq: number, rehash = false): string[] {
    const out = lines.slice();
    const i = entryAt(out, seq);
    const e = parse(out[i] as string);
    const leaf = (e.leaf as string).replace('"level":"internal"', '"level":"public"');
    out[i] = JSON.stringify({ ...e, leaf, leaf_hash: rehash ? leafHash(Buffer.from(leaf)).toString('hex') : e.leaf_hash });
    return out;
  },
  remove(lines: string[], seq: number): string[] {
    return lines.filter((_, i) => i !== entryAt(lines, seq));
  },
  swap(lines: string[], a: number, b: number, fixLineSeq = false): string[] {
    const out = lines.slice();
    const [i, j] = [entryAt(out, a), entryAt(out, b)];
    const [la, lb] = [parse(out[i] as string), parse(out[j] as string)];
    out[i] = JSON.stringify(fixLineSeq ? { ...lb, seq: a } : lb);
    out[j] = JSON.stringify(fixLineSeq ? { ...la, seq: b } : la);
    return out;
  },
  forgeSignature(lines: string[], size: number): string[] {
    const out = lines.slice();
    const i = ckptAt(out, size);
    const c = parse(out[i] as string);
    const note = c.note as string;
    const sigAt = note.lastIndexOf(' ') + 10; // inside the signature, past the key id
    const flipped = note[sigAt] === 'A' ? 'B' : 'A';
    out[i] = JSON.stringify({ ...c, note: note.slice(0, sigAt) + flipped + note.slice(sigAt + 1) });
    return out;
  },
};

const fail = (r: VerifyResult): Exclude<VerifyResult, { ok: true }> => {
  if (r.ok) throw new Error('expected verification to fail');
  return r;
};

describe('verifyExport: full mode', () => {
  const fx = anExport({ entries: 25, checkpointEvery: 8 }); // checkpoints at 8, 16, 24, 25

  it('accepts an untouched export, as lines or as text (CRLF and a final newline too)', () => {
    const want = rootFromLeafHashes(fx.leaves.map((l) => l.leafHash)).toString('hex');
    expect(verifyExport(fx.lines, testVkey)).toEqual({
      ok: true,
      origin: fx.origin,
      tenant: 't1',
      mode: 'full',
      treeSize: 25,
      rootHash: want,
      entries: 25,
      checkpoints: 4,
    });
    expect(verifyExport(fx.lines.join('\r\n') + '\r\n', testVkey).ok).toBe(true);
  });

  it('accepts an empty log sealed by a signed checkpoint of size 0', () => {
    expect(verifyExport(anExport({ entries: 0 }).lines, testVkey)).toMatchObject({ ok: true, treeSize: 0, entries: 0 });
  });

  it.each([
    ['one leaf edited', tamper.editLeaf(fx.lines, 11), 11],
    ['the first leaf edited', tamper.editLeaf(fx.lines, 0), 0],
    ['one entry removed', tamper.remove(fx.lines, 13), 13],
    ['the entry before a checkpoint removed', tamper.remove(fx.lines, 15), 15],
    ['the last entry removed', tamper.remove(fx.lines, 24), 24],
    ['two entries swapped', tamper.swap(fx.lines, 5, 9), 5],
    ['two entries swapped, line seqs renumbered', tamper.swap(fx.lines, 17, 18, true), 17],
  ])('names the first bad seq: %s', (_what, lines, seq) => {
    const r = fail(verifyExport(lines, testVkey));
    expect(r.firstBadSeq).toBe(seq);
    expect(r.inputError).toBeUndefined();
  });

  it('a leaf edited together with its hash is bounded by the checkpoints around it', () => {
    expect(fail(verifyExport(tamper.editLeaf(fx.lines, 19, true), testVkey)).range).toEqual([16, 23]);
  });

  it('rejects a forged checkpoint signature, naming the entries it no longer covers', () => {
    const r = fail(verifyExport(tamper.forgeSignature(fx.lines, 25), testVkey));
    expect(r.reason).toMatch(/signature/);
    expect(r.range).toEqual([24, 24]);
    expect(fail(verifyExport(tamper.forgeSignature(fx.lines, 16), testVkey)).range).toEqual([8, 15]);
  });

  it('rejects a checkpoint re-signed with another key of the same name over an edited log', () => {
    const rogue = { name: 'gateway.test/ledger', privateKey: generateKeyPairSync('ed25519').privateKey };
    const edited = tamper.editLeaf(fx.lines, 24, true);
    const leaves = fx.leaves.slice();
    const i = ckptAt(edited, 25);
    const cp = checkpointFor(leaves, 25, fx.origin, rogue);
    edited[i] = JSON.stringify({ ...parse(edited[i] as string), root_hash: Buffer.from(cp.rootHash).toString('hex'), note: cp.note });
    expect(fail(verifyExport(edited, testVkey)).reason).toMatch(/no signature from a known key/);
  });

  it('rejects an export whose last entries are not sealed by a signed checkpoint', () => {
    const noFinal = fx.lines.filter((_, i) => i !== ckptAt(fx.lines, 25));
    expect(fail(verifyExport(noFinal, testVkey)).range).toEqual([24, 24]);
    const unsigned = fx.lines.slice();
    const i = ckptAt(unsigned, 25);
    const { note: _n, ...rest } = parse(unsigned[i] as string);
    unsigned[i] = JSON.stringify(rest);
    expect(fail(verifyExport(unsigned, testVkey)).range).toEqual([24, 24]);
  });

  it('rejects a leaf of another tenant, even with a correct hash', () => {
    const other = someLeaves(3, 't2')[2];
    const lines = fx.lines.slice();
    lines[entryAt(lines, 2)] = JSON.stringify({
      type: 'entry',
      seq: 2,
      leaf: other?.leaf.toString('utf8'),
      leaf_hash: other?.leafHash.toString('hex'),
    });
    const r = fail(verifyExport(lines, testVkey));
    expect(r).toMatchObject({ firstBadSeq: 2 });
    expect(r.reason).toMatch(/tenant/);
  });

  it.each([
    ['a line that is not JSON', [...fx.lines.slice(0, 3), '{"type":"entry",', ...fx.lines.slice(3)], 4],
    ['an unknown line type', [...fx.lines.slice(0, 2), '{"type":"comment"}', ...fx.lines.slice(2)], 3],
    ['a short hash', [fx.lines[0] as string, JSON.stringify({ ...parse(fx.lines[1] as string), leaf_hash: 'ab' })], 2],
    ['no header first', fx.lines.slice(1), 1],
  ])('reports bad input: %s', (_what, lines, line) => {
    expect(fail(verifyExport(lines, testVkey))).toMatchObject({ inputError: true, line });
  });

  it('reports a malformed vkey or an empty file as bad input', () => {
    expect(fail(verifyExport(fx.lines, 'not a vkey')).inputError).toBe(true);
    expect(fail(verifyExport('', testVkey)).inputError).toBe(true);
  });
});

describe('verifyExport: previous checkpoint', () => {
  const leaves = someLeaves(30);
  const later = anExport({ leaves, consistencyFrom: [12] });
  const earlier = anExport({ leaves: leaves.slice(0, 12) });

  it('accepts an earlier checkpoint of the same log as a prefix', () => {
    expect(verifyExport(later.lines, testVkey, earlier.note).ok).toBe(true);
    expect(verifyExport(later.lines, testVkey, later.note).ok).toBe(true);
  });

  it('rejects a checkpoint of a rewritten history, a longer history and a forged checkpoint', () => {
    const forked = anExport({
      leaves: [
        ...leaves.slice(0, 5),
        ...someLeaves(12, 't1')
          .slice(5)
          .map((l) => ({ ...l, leafHash: leafHash(Buffer.from(`x${l.seq}`)) })),
      ],
    });
    expect(fail(verifyExport(later.lines, testVkey, forked.note)).range).toEqual([0, 11]);
    const longer = anExport({ leaves: someLeaves(40) });
    expect(fail(verifyExport(later.lines, testVkey, longer.note))).toMatchObject({ firstBadSeq: 30, range: [30, 39] });
    expect(fail(verifyExport(later.lines, testVkey, earlier.note.replace(/ (\S{20})/, ' AAAAAAAAAAAAAAAAAAAA'))).reason).toMatch(
      /previous checkpoint/,
    );
    expect(fail(verifyExport(later.lines, testVkey, 'garbage')).inputError).toBe(true);
  });

  it('rejects a consistency line that does not verify', () => {
    const lines = later.lines.slice();
    const last = parse(lines[lines.length - 1] as string) as Line & { proof: string[] };
    lines[lines.length - 1] = JSON.stringify({ ...last, proof: last.proof.slice(1) });
    expect(fail(verifyExport(lines, testVkey)).reason).toMatch(/consistency/);
  });
});

describe('verifyExport: partial mode', () => {
  const leaves = someLeaves(40);
  const fx = anExport({ leaves, mode: 'partial', from: 10, to: 20 });

  it('verifies each entry by its inclusion proof in the signed checkpoint', () => {
    expect(verifyExport(fx.lines, testVkey)).toMatchObject({ ok: true, mode: 'partial', treeSize: 40, entries: 10 });
  });

  it('names the first bad seq for an edited leaf, a damaged proof, a reordered or a removed entry', () => {
    expect(fail(verifyExport(tamper.editLeaf(fx.lines, 13, true), testVkey)).firstBadSeq).toBe(13);
    const lines = fx.lines.slice();
    const e = parse(lines[entryAt(lines, 15)] as string) as Line & { inclusion: { tree_size: number; proof: string[] } };
    lines[entryAt(lines, 15)] = JSON.stringify({ ...e, inclusion: { ...e.inclusion, proof: e.inclusion.proof.slice().reverse() } });
    expect(fail(verifyExport(lines, testVkey)).firstBadSeq).toBe(15);
    expect(fail(verifyExport(tamper.swap(fx.lines, 12, 13), testVkey)).firstBadSeq).toBe(12);
    expect(fail(verifyExport(tamper.swap(fx.lines, 12, 14), testVkey)).firstBadSeq).toBe(12);
    expect(fail(verifyExport(tamper.remove(fx.lines, 12), testVkey)).firstBadSeq).toBe(12);
  });

  it('proves a previous checkpoint a prefix only with a consistency line', () => {
    const prev = anExport({ leaves: leaves.slice(0, 25) }).note;
    expect(fail(verifyExport(fx.lines, testVkey, prev)).reason).toMatch(/no consistency proof/);
    const withProof = anExport({ leaves, mode: 'partial', from: 10, to: 20, consistencyFrom: [25] });
    expect(verifyExport(withProof.lines, testVkey, prev).ok).toBe(true);
  });
});

describe('verifyExport: tampering property (sizes 1..300)', () => {
  const arb = fc
    .record({
      n: fc.integer({ min: 1, max: 300 }),
      every: fc.integer({ min: 1, max: 64 }),
      kind: fc.constantFrom('edit', 'remove', 'swap', 'swap-renumber', 'forge'),
    })
    .chain((r) =>
      fc.record({ a: fc.integer({ min: 0, max: r.n - 1 }), b: fc.integer({ min: 0, max: r.n - 1 }) }).map((x) => ({ ...r, ...x })),
    );
  const cache = new Map<string, ReturnType<typeof anExport>>();

  it('an export of random size verifies, and each tampering is rejected at the expected seq', () => {
    fc.assert(
      fc.property(arb, ({ n, every, kind, a, b }) => {
        const key = `${n}/${every}`;
        let fx = cache.get(key);
        if (!fx) cache.set(key, (fx = anExport({ entries: n, checkpointEvery: every })));
        expect(verifyExport(fx.lines, testVkey).ok).toBe(true);
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        if (kind === 'edit') expect(fail(verifyExport(tamper.editLeaf(fx.lines, a), testVkey)).firstBadSeq).toBe(a);
        if (kind === 'remove') expect(fail(verifyExport(tamper.remove(fx.lines, a), testVkey)).firstBadSeq).toBe(a);
        if (kind === 'swap' && lo !== hi) expect(fail(verifyExport(tamper.swap(fx.lines, lo, hi), testVkey)).firstBadSeq).toBe(lo);
        if (kind === 'swap-renumber' && lo !== hi)
          expect(fail(verifyExport(tamper.swap(fx.lines, lo, hi, true), testVkey)).firstBadSeq).toBe(lo);
        if (kind === 'forge') {
          const size = Math.min(n, Math.ceil((a + 1) / every) * every); // the checkpoint sealing entry a
          const r = fail(verifyExport(tamper.forgeSignature(fx.lines, size), testVkey));
          expect(r.reason).toMatch(/signature/);
          expect(r.range?.[1]).toBe(size - 1);
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('describeVerifyResult / verifyExitCode', () => {
  it('prints FIRST BAD SEQ, BAD RANGE or bad input, with the exit code of SPEC §7', () => {
    const fx = anExport({ entries: 10 });
    const edited = verifyExport(tamper.editLeaf(fx.lines, 3), testVkey);
    expect(describeVerifyResult(edited)).toMatch(/^FIRST BAD SEQ: 3\n/);
    expect(verifyExitCode(edited)).toBe(1);
    const forged = verifyExport(tamper.forgeSignature(fx.lines, 10), testVkey);
    expect(describeVerifyResult(forged)).toMatch(/^BAD RANGE: 8\.\.9\n/);
    const bad = verifyExport('{', testVkey);
    expect(verifyExitCode(bad)).toBe(2);
    expect(describeVerifyResult(bad)).toMatch(/^BAD INPUT: bad input: .* \(line 1\)$/);
    const good = verifyExport(fx.lines, testVkey);
    expect(verifyExitCode(good)).toBe(0);
    expect(describeVerifyResult(good)).toMatch(/^VERIFIED: /);
  });
});
