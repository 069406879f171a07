import fc from 'fast-check';
import { mapRequestTexts, requestTexts } from './request-texts';

describe('requestTexts: every string a provider could read', () => {
  const body = {
    model: 'auto',
    user: 'user-field',
    metadata: { patient_key: 'meta-value', visits: 3 },
    stop: ['stop-a', 'stop-b'],
    temperature: 0.2,
    seed: 123456789,
    stream: false,
    messages: [
      { role: 'system', content: 'sys' },
      {
        role: 'user',
        name: 'msg-name',
        content: [
          { type: 'text', text: 'part-text' },
          { type: 'image_url', image_url: { url: 'https://x.test/a?mrn=1' } },
        ],
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'fn', arguments: '{"a":"args"}' } }],
      },
      { role: 'tool', tool_call_id: 'c1', content: 'tool-result' },
    ],
    tools: [
      {
        type: 'function',
        function: {
          name: 'lookup',
          description: 'tool-desc',
          parameters: { type: 'object', properties: { ssn_field: { type: 'string', description: 'param-desc', enum: ['enum-v'] } } },
        },
      },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'n', schema: { description: 'schema-desc' } } },
    prediction: { type: 'content', content: 'predicted' },
    x_unknown: { deep: [{ deeper: 'unknown-value' }] },
  };

  it('yields message texts, tool and schema texts, user, metadata (keys too), stop and unknown fields', () => {
    const { texts } = requestTexts(body);
    for (const t of [
      'user-field',
      'patient_key',
      'meta-value',
      '3',
      'stop-a',
      'stop-b',
      'sys',
      'msg-name',
      'part-text',
      'https://x.test/a?mrn=1',
      'fn',
      '{"a":"args"}',
      'tool-result',
      'tool-desc',
      'param-desc',
      'ssn_field',
      'enum-v',
      'schema-desc',
      'predicted',
      'x_unknown',
      'unknown-value',
    ]) {
      expect(texts).toContain(t);
    }
  });

  it('skips the model name and the numeric settings, and reads no structural keys', () => {
    const { texts } = requestTexts(body);
    expect(texts).not.toContain('auto');
    expect(texts).not.toContain('0.2');
    expect(texts).not.toContain('123456789');
    expect(texts).not.toContain('messages');
    expect(texts).not.toContain('description');
  });

  it('names the field each text sits in, and counts image/audio/file parts as opaque', () => {
    const r = requestTexts(body);
    expect(r.fields[r.texts.indexOf('meta-value')]).toBe('metadata');
    expect(r.fields[r.texts.indexOf('unknown-value')]).toBe('other');
    expect(r.fields[r.texts.indexOf('tool-desc')]).toBe('tools');
    expect(r.opaque).toEqual([{ kind: 'image', field: 'messages' }]);
  });

  it('marks data: URLs and audio/file payloads as blobs to decode', () => {
    const r = requestTexts({
      messages: [
        { role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'UklGRiQAAABXQVZFZm10IBAAAAAB', format: 'wav' } }] },
      ],
      metadata: { doc: 'data:text/plain;base64,SGVsbG8=' },
    });
    expect(r.hints[r.texts.indexOf('UklGRiQAAABXQVZFZm10IBAAAAAB')]).toBe('part-payload');
    expect(r.hints[r.texts.indexOf('data:text/plain;base64,SGVsbG8=')]).toBe('blob');
    expect(r.opaque).toEqual([{ kind: 'audio', field: 'messages' }]);
  });

  it('maps texts in walk order and leaves everything else as it was', () => {
    const mapped = mapRequestTexts(body, (t) => (t === 'meta-value' ? 'X' : t === 'patient_key' ? 'K' : t === '3' ? '4' : t));
    expect(mapped.metadata).toEqual({ K: 'X', visits: '4' }); // a rewritten number leaves as its placeholder text
    expect(mapped.model).toBe('auto');
    expect(mapped.seed).toBe(123456789);
    expect(mapRequestTexts(body, (t) => t)).toEqual(body);
  });

  /** A random JSON value with the canary placed at a random depth, as a value or as a key. */
  const leaf = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));
  const withCanary = (canary: string) =>
    fc.letrec<{ tree: unknown }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant(canary),
        fc.constant(`prefix ${canary} suffix`),
        fc.tuple(fc.array(leaf, { maxLength: 3 }), tie('tree')).map(([xs, t]) => [...xs, t]),
        fc
          .tuple(
            fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), leaf, { maxKeys: 3 }),
            fc.string({ minLength: 1, maxLength: 6 }),
            tie('tree'),
          )
          .map(([d, k, t]) => ({ ...d, [k]: t })),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), leaf, { maxKeys: 3 }).map((d) => ({ ...d, [canary]: 1 })),
      ),
    })).tree;

  it('property: a canary anywhere in the body is either read or not in the egress copy', () => {
    const canary = 'CANARY_7f3a9';
    const field = fc.constantFrom('metadata', 'user', 'stop', 'prediction', 'tools', 'response_format', 'x_vendor', 'messages');
    fc.assert(
      fc.property(field, withCanary(canary), (name, value) => {
        const body = { model: 'auto', messages: [{ role: 'user', content: 'hi' }], [name]: value };
        const read = requestTexts(body).texts.some((t) => t.includes(canary));
        const egress = JSON.stringify(mapRequestTexts(body, (t) => t.split(canary).join('[gone]')));
        // Every occurrence was read, so rewriting the read texts removes it from what would be sent.
        expect(read).toBe(true);
        expect(egress.includes(canary)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
