import { z } from 'zod';
import { sampleFromSchema } from './schema-sample';

/** zod -> JSON Schema (as the clients send it) -> sample -> the zod schema accepts the sample. */
const zodCases: [string, z.ZodType][] = [
  ['flat object with int', z.object({ city: z.string(), year: z.number().int() })],
  ['every scalar type', z.object({ s: z.string(), n: z.number(), i: z.int(), b: z.boolean(), nil: z.null() })],
  ['enum and literal', z.object({ colour: z.enum(['red', 'green']), kind: z.literal('event') })],
  ['nested objects', z.object({ a: z.object({ b: z.object({ c: z.string() }) }) })],
  ['arrays with bounds', z.object({ tags: z.array(z.string()).min(3).max(5), one: z.array(z.int()).length(1) })],
  ['empty-capped array', z.object({ none: z.array(z.string()).max(0) })],
  ['nullable and optional', z.object({ maybe: z.string().nullable(), opt: z.number().optional() })],
  ['union (anyOf)', z.object({ v: z.union([z.number(), z.string()]) })],
  [
    'discriminated union (oneOf)',
    z.object({
      shape: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('circle'), r: z.number() }),
        z.object({ kind: z.literal('sq'), s: z.number() }),
      ]),
    }),
  ],
  [
    'string formats',
    z.object({
      email: z.email(),
      uuid: z.uuid(),
      url: z.url(),
      when: z.iso.datetime(),
      day: z.iso.date(),
      ip: z.ipv4(),
      ip6: z.ipv6(),
    }),
  ],
  ['string lengths', z.object({ short: z.string().max(3), long: z.string().min(40) })],
  ['simple pattern', z.object({ code: z.string().regex(/^[A-Z]{3}$/) })],
  [
    'numeric bounds',
    z.object({
      pct: z.number().min(0).max(1),
      pos: z.int().positive(),
      neg: z.number().lt(-10),
      tiny: z.number().gt(0).lt(0.001),
      step: z.int().min(7).multipleOf(5),
      big: z.int().gte(1000),
    }),
  ],
  ['strict object (additionalProperties false)', z.strictObject({ a: z.string(), b: z.strictObject({ c: z.boolean() }) })],
  ['array of objects', z.object({ items: z.array(z.object({ name: z.string(), qty: z.int().min(1) })).min(1) })],
  ['top-level array', z.array(z.string()).min(2)],
  ['unique enum items', z.object({ picks: z.array(z.enum(['a', 'b', 'c'])).min(3) })],
  ['tuple', z.object({ pair: z.tuple([z.string(), z.number()]) })],
  ['record', z.object({ scores: z.record(z.string(), z.number()) })],
];

type Node = { name: string; children?: Node[] };
const NodeSchema: z.ZodType<Node> = z.lazy(() => z.object({ name: z.string(), children: z.array(NodeSchema).optional() }));

describe('sampleFromSchema', () => {
  it.each(zodCases)('%s: the sample validates against the schema it came from', (_name, schema) => {
    const json = z.toJSONSchema(schema);
    const value = sampleFromSchema(json);
    expect(schema.safeParse(value).error?.issues ?? []).toEqual([]);
  });

  it.each(zodCases)('%s: also through the OpenAI-style draft-7 output', (_name, schema) => {
    const json = z.toJSONSchema(schema, { target: 'draft-7' });
    expect(schema.safeParse(sampleFromSchema(json)).success).toBe(true);
  });

  it('follows $ref into $defs and stops recursion', () => {
    const json = z.toJSONSchema(z.object({ root: NodeSchema }), { reused: 'ref' });
    const value = sampleFromSchema(json) as { root: Node };
    expect(z.object({ root: NodeSchema }).safeParse(value).success).toBe(true);
    expect(typeof value.root.name).toBe('string');
  });

  it('terminates on a schema that only recurses through required nullable fields', () => {
    const schema = {
      $defs: { n: { type: 'object', properties: { next: { anyOf: [{ $ref: '#/$defs/n' }, { type: 'null' }] } }, required: ['next'] } },
      $ref: '#/$defs/n',
    };
    let v = sampleFromSchema(schema) as { next: unknown } | null;
    let depth = 0;
    while (v !== null && typeof v === 'object') {
      v = v.next as { next: unknown } | null;
      depth++;
    }
    expect(v).toBeNull();
    expect(depth).toBeGreaterThan(1);
  });

  it.each([
    ['OpenAPI nullable', { type: 'string', nullable: true }, (v: unknown) => typeof v === 'string'],
    ['type list with null', { type: ['null', 'integer'] }, (v: unknown) => Number.isInteger(v)],
    ['const', { const: 7 }, (v: unknown) => v === 7],
    ['draft-4 exclusive bounds', { type: 'integer', minimum: 5, exclusiveMinimum: true, maximum: 7 }, (v: unknown) => v === 6 || v === 7],
    [
      'allOf',
      {
        allOf: [
          { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
          { required: ['b'], properties: { b: { type: 'boolean' } } },
        ],
      },
      (v: unknown) => typeof (v as { a: unknown }).a === 'string' && typeof (v as { b: unknown }).b === 'boolean',
    ],
    [
      'minProperties with additionalProperties false',
      { type: 'object', properties: { x: { type: 'number' } }, additionalProperties: false, minProperties: 1 },
      (v: unknown) => JSON.stringify(v) === '{"x":42.5}',
    ],
  ])('%s', (_name, schema, ok) => {
    expect(ok(sampleFromSchema(schema))).toBe(true);
  });

  it('fills required properties only, so optional names are never echoed', () => {
    const v = sampleFromSchema({ type: 'object', properties: { a: { type: 'string' }, secretish: { type: 'string' } }, required: ['a'] });
    expect(Object.keys(v as object)).toEqual(['a']);
  });

  it('is deterministic', () => {
    const json = z.toJSONSchema(zodCases[0]![1]);
    expect(sampleFromSchema(json)).toEqual(sampleFromSchema(json));
  });
});
