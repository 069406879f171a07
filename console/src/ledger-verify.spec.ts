import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { verifyExport } from '../../libs/ledger/verify';
import { anExport, testVkey } from '../../libs/ledger/ledger.fixtures';
import { leafHash } from '../../libs/ledger/leaf';
import { lastNote, verifyExportText, type CryptoPort } from './ledger-verify';

/** The browser's port, with Node's WebCrypto: the same calls the console makes in Chromium. */
const port: CryptoPort = {
  sha256: async (d) => new Uint8Array(await webcrypto.subtle.digest('SHA-256', d)),
  async verifyEd25519(pub, sig, msg) {
    const key = await webcrypto.subtle.importKey('raw', pub, { name: 'Ed25519' }, false, ['verify']);
    return webcrypto.subtle.verify({ name: 'Ed25519' }, key, sig, msg);
  },
};

type Line = Record<string, unknown>;
const edit = (lines: string[], i: number, f: (l: Line) => Line): string[] =>
  lines.map((l, j) => (j === i ? JSON.stringify(f(JSON.parse(l) as Line)) : l));
const entryIndex = (lines: string[], seq: number) => lines.findIndex((l) => l.includes('"type":"entry"') && l.includes(`"seq":${seq},`));

/** Same verdict, same first bad seq and range as the CLI's verifier (libs/ledger/verify.ts). */
async function agree(text: string, prev?: string): Promise<void> {
  const mine = await verifyExportText(port, text, testVkey, prev);
  const theirs = verifyExport(text, testVkey, prev);
  expect({ ok: mine.ok, firstBadSeq: mine.ok ? undefined : mine.firstBadSeq, range: mine.ok ? undefined : mine.range }).toEqual({
    ok: theirs.ok,
    firstBadSeq: theirs.ok ? undefined : theirs.firstBadSeq,
    range: theirs.ok ? undefined : theirs.range,
  });
}

describe('browser ledger verifier (WebCrypto) agrees with the CLI verifier', () => {
  it('verifies clean full and partial exports, with consistency lines', async () => {
    const full = anExport({ entries: 21, checkpointEvery: 5, consistencyFrom: [5, 10] });
    const r = await verifyExportText(port, full.lines.join('\n'), testVkey);
    expect(r).toMatchObject({ ok: true, entries: 21, treeSize: 21 });
    await agree(full.lines.join('\n'));
    await agree(anExport({ entries: 17, mode: 'partial', from: 3, to: 11, consistencyFrom: [4] }).lines.join('\n'));
  });

  it('names the first bad seq of an edited leaf', async () => {
    const x = anExport({ entries: 12 });
    const lines = edit(x.lines, entryIndex(x.lines, 7), (l) => ({ ...l, leaf: String(l.leaf).replace('"seq":7', '"seq":7,"x":1') }));
    expect(await verifyExportText(port, lines.join('\n'), testVkey)).toMatchObject({ ok: false, firstBadSeq: 7 });
    await agree(lines.join('\n'));
  });

  it('catches a re-hashed edit through the root, a removed entry, a forged signature and a wrong key', async () => {
    const x = anExport({ entries: 12, checkpointEvery: 4 });
    const rehashed = edit(x.lines, entryIndex(x.lines, 5), (l) => {
      const leaf = String(l.leaf).replace('"seq":5', '"seq":5,"x":1');
      return { ...l, leaf, leaf_hash: leafHash(Buffer.from(leaf)).toString('hex') };
    });
    await agree(rehashed.join('\n'));
    await agree(x.lines.filter((_, i) => i !== entryIndex(x.lines, 3)).join('\n'));
    const last = x.lines.length - 1;
    const forged = edit(x.lines, last, (l) => ({ ...l, note: String(l.note).replace(/ (\S{10})/, ' AAAAAAAAAA') }));
    await agree(forged.join('\n'));
    const other = anExport({ entries: 3 }).lines.join('\n');
    expect((await verifyExportText(port, other, 'k+00000000+AQ==')).ok).toBe(false);
  });

  it('checks that an export extends the checkpoint pinned earlier', async () => {
    const early = anExport({ entries: 6, checkpointEvery: 100 });
    const later = anExport({ entries: 9, checkpointEvery: 100, leaves: [...early.leaves, ...anExport({ entries: 9 }).leaves.slice(6)] });
    await agree(later.lines.join('\n'), early.note);
    expect(lastNote(early.lines.join('\n'))).toBe(early.note);
    const unrelated = anExport({ entries: 9, tenant: 't1' });
    await agree(unrelated.lines.join('\n'), early.note);
  });

  it('agrees on random single-line tampering', async () => {
    const x = anExport({ entries: 9, checkpointEvery: 3 });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: x.lines.length - 1 }), fc.integer({ min: 0, max: 200 }), async (i, at) => {
        const lines = x.lines.slice();
        const l = lines[i] as string;
        const p = at % l.length;
        lines[i] = l.slice(0, p) + (l[p] === '1' ? '2' : '1') + l.slice(p + 1);
        await agree(lines.join('\n'));
      }),
      { numRuns: 60 },
    );
  });
});
