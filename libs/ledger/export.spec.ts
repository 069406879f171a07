import { checkpointLine, consistencyLine, csvCell, csvHeaderLine, csvRow, CSV_COLUMNS, entryLine, exportLines, headerLine } from './export';
import { leafHash } from './leaf';
import { anExport, someLeaves } from './ledger.fixtures';

const h = (byte: number): Buffer => Buffer.alloc(32, byte);

describe('ledger-export/v1 lines', () => {
  it('header, entry, checkpoint and consistency lines have the documented shape', () => {
    expect(headerLine({ origin: 'o', tenant: 't1', mode: 'full' })).toBe(
      '{"type":"header","format":"ledger-export/v1","origin":"o","tenant":"t1","mode":"full"}',
    );
    const leaf = '{"seq":0,"tenant":"t1","x":"é\\"q"}';
    expect(JSON.parse(entryLine({ seq: 0, leaf: Buffer.from(leaf, 'utf8') }))).toEqual({
      type: 'entry',
      seq: 0,
      leaf,
      leaf_hash: leafHash(Buffer.from(leaf, 'utf8')).toString('hex'),
    });
    expect(entryLine({ seq: 3, leaf: 'x', leafHash: h(1), inclusion: { treeSize: 9, proof: [h(2)] } })).toBe(
      `{"type":"entry","seq":3,"leaf":"x","leaf_hash":"${'01'.repeat(32)}","inclusion":{"tree_size":9,"proof":["${'02'.repeat(32)}"]}}`,
    );
    expect(checkpointLine({ origin: 'o', treeSize: 5, rootHash: h(0xab), note: 'n\n' })).toBe(
      `{"type":"checkpoint","origin":"o","tree_size":5,"root_hash":"${'ab'.repeat(32)}","note":"n\\n"}`,
    );
    expect(consistencyLine({ size1: 2, root1: h(3), size2: 5, proof: [h(4), h(5)] })).toBe(
      `{"type":"consistency","size1":2,"root1":"${'03'.repeat(32)}","size2":5,"proof":["${'04'.repeat(32)}","${'05'.repeat(32)}"]}`,
    );
  });

  it('keeps the stored leaf hash as given (so a tampered stored leaf is visible to the verifier)', () => {
    expect(JSON.parse(entryLine({ seq: 0, leaf: 'edited', leafHash: h(9) })).leaf_hash).toBe('09'.repeat(32));
  });

  it('writes each checkpoint right after the entry it seals', () => {
    const { lines } = anExport({ entries: 10, checkpointEvery: 4 });
    const kinds = lines.map((l) => {
      const o = JSON.parse(l) as { type: string; seq?: number; tree_size?: number };
      return o.type === 'entry' ? `e${o.seq}` : o.type === 'checkpoint' ? `c${o.tree_size}` : o.type;
    });
    expect(kinds).toEqual(['header', 'e0', 'e1', 'e2', 'e3', 'c4', 'e4', 'e5', 'e6', 'e7', 'c8', 'e8', 'e9', 'c10']);
  });

  it('an empty log exports a header and the checkpoint of size 0', () => {
    const lines = [
      ...exportLines({
        header: { origin: 'o', tenant: 't', mode: 'full' },
        entries: [],
        checkpoints: [{ origin: 'o', treeSize: 0, rootHash: h(0) }],
      }),
    ];
    expect(lines).toHaveLength(2);
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    [' padded', '" padded"'],
    ['', ''],
  ])('cell %j', (input, want) => {
    expect(csvCell(input)).toBe(want);
  });

  it('flattens a leaf into the fixed columns, the rest into "other"', () => {
    const [leaf] = someLeaves(1);
    const extra = JSON.parse(leaf?.leaf.toString('utf8') as string) as Record<string, unknown>;
    Object.assign(extra, {
      excluded: [{ provider: 'openai', rule: 'no-phi-offshore', reason: 'region' }],
      usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
      explanation: '=cmd|calc',
      entities: { PERSON: 2 },
    });
    const row = csvRow({ leaf: JSON.stringify(extra), leafHash: h(7) });
    const header = csvHeaderLine().split(',');
    expect(header).toEqual([...CSV_COLUMNS]);
    const cells = row.split(',');
    const col = (name: string): string => cells[header.indexOf(name)] as string;
    expect(col('seq')).toBe('0');
    expect(col('kind')).toBe('routing_decision');
    expect(col('tenant')).toBe('t1');
    expect(col('permitted')).toBe('local; azure');
    expect(col('excluded')).toBe('openai (no-phi-offshore)');
    expect(col('total_tokens')).toBe('3');
    expect(col('explanation')).toBe("'=cmd|calc");
    expect(col('leaf_hash')).toBe('07'.repeat(32));
    expect(row).toContain('"{""entities"":{""PERSON"":2}}"');
    expect(row).not.toContain('salt');
  });
});
