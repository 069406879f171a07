import fc from 'fast-check';
import { classifyRequest } from './classify-request';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const user = (content: unknown) => ({ role: 'user', content });
const base = { model: 'auto', messages: [user('Please help with the attached request.')] };

describe('classifyRequest: every field, decoded', () => {
  it.each([
    ['a credential in user', { user: 'sk-proj-Zx81kQmT4vB9nR2sW6yP0aLc3dE5fG7h' }, 'CREDENTIALS'],
    ['PII in metadata', { metadata: { contact: 'jane.doe@example.org' } }, 'PII'],
    ['PHI in metadata', { metadata: { note: 'Patient Jane Doe, DOB 03/14/1970, diagnosed with type 2 diabetes' } }, 'PHI'],
    [
      'a secret in a tool description',
      {
        tools: [
          {
            type: 'function',
            function: { name: 'deploy', description: 'Uses token ghp_16C7e42F292c6912E7710c838347Ae178B4a for the repo' },
          },
        ],
      },
      'CREDENTIALS',
    ],
    [
      'PII in a json_schema description',
      { response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { description: 'Reply to jane.doe@example.org' } } } },
      'PII',
    ],
    ['an identifier in prediction', { prediction: { type: 'content', content: 'MRN: 4872910' } }, 'PHI'],
    ['an identifier in stop', { stop: ['jane.doe@example.org'] }, 'PII'],
    ['an identifier in an unknown field', { x_vendor: { deep: [{ deeper: 'MRN 99812376' }] } }, 'PHI'],
  ])('%s', (_name, extra, category) => {
    const c = classifyRequest({ ...base, ...extra });
    expect(c.categories).toContain(category);
  });

  it('reads identifiers inside an image_url URL and counts the image as opaque', () => {
    const c = classifyRequest({
      model: 'auto',
      messages: [user([{ type: 'image_url', image_url: { url: 'https://scans.example.org/view?mrn=MRN%3A%2048291034' } }])],
    });
    expect(c.categories).toContain('PHI');
    expect(c.opaque.image).toBe(1);
    expect(c.fields).toEqual(['messages']);
  });

  it.each([
    ['percent-encoded', encodeURIComponent('Patient Jane Doe, DOB 03/14/1970, diagnosed with type 2 diabetes')],
    ['base64', b64('Patient Jane Doe, DOB 03/14/1970, diagnosed with type 2 diabetes')],
    ['HTML entities', 'Patient&#58; Jane&nbsp;Doe, DOB 03&#47;14&#47;1970, diagnosed with type&nbsp;2 diabetes'],
  ])('decodes %s PHI before classifying', (_name, text) => {
    expect(classifyRequest({ model: 'auto', messages: [user(`Summarise: ${text}`)] }).level).toBe('restricted');
  });

  it('reads a message name as a participant handle (separators as spaces)', () => {
    const c = classifyRequest({
      model: 'auto',
      messages: [{ role: 'user', name: 'Emily_Caldwell', content: 'I take metformin 500 mg for my diabetes.' }],
    });
    expect(c.categories).toEqual(['PHI', 'PII']);
    expect(c.findings.find((f) => f.entityType === 'PERSON')).toMatchObject({ start: 0, end: 14 });
    expect(classifyRequest({ model: 'auto', messages: [{ role: 'user', name: 'example_user', content: 'hi' }] }).level).toBe('public');
  });

  it.each([
    ['a metadata value under its key', { metadata: { mrn: '48213377' } }, 'PHI'],
    [
      'a schema enum under its property',
      {
        tools: [
          {
            type: 'function',
            function: { name: 'f', parameters: { type: 'object', properties: { mrn: { type: 'string', enum: ['2318142', '67667692'] } } } },
          },
        ],
      },
      'PHI',
    ],
    ['a token under its key', { metadata: { source: 'sync', api_token: 'Zx81kQmT4vB9nR2sW6yP0aLc3dE5fG7hQ' } }, 'CREDENTIALS'],
    // A compact MBI alone scores below the threshold; its key is the cue.
    ['a Medicare number under its key', { metadata: { member_mbi: '2VG4PR4HK37', queue: 'appeals' } }, 'PHI'],
  ])('reads %s as a labelled value', (_name, extra, category) => {
    expect(classifyRequest({ ...base, ...extra }).categories).toContain(category);
  });

  it('reads JSON tool arguments as labelled values', () => {
    const call = { id: 'c', type: 'function', function: { name: 'lab_history', arguments: '{"mrn":"7120621","days":30}' } };
    const c = classifyRequest({ model: 'auto', messages: [user('Trend?'), { role: 'assistant', content: null, tool_calls: [call] }] });
    expect(c.categories).toContain('PHI');
  });

  it('reports an uncued licence-shaped id without raising the level; a cued one is personal', () => {
    expect(classifyRequest({ ...base, messages: [user('Track order H12234567 please')] }).level).toBe('public');
    expect(classifyRequest({ ...base, messages: [user("My driver's license is H12234567")] }).level).toBe('confidential');
  });

  it('keeps ordinary labelled values public', () => {
    expect(classifyRequest({ ...base, metadata: { run: '130295', order_id: '88213377', team: 'billing' } }).level).toBe('public');
  });

  it('counts an identifier once when the decoded view shows the same finding', () => {
    const c = classifyRequest({ model: 'auto', messages: [user('Mail jane.doe@example.org about the 100%25 refund')] });
    expect(c.entities.EMAIL_ADDRESS).toBe(1);
  });

  it('decodes a textual data: URL blob and maps its findings onto the whole blob', () => {
    const blob = `data:text/plain;base64,${b64('Contact jane.doe@example.org')}`;
    const c = classifyRequest({ model: 'auto', messages: [user('hi')], metadata: { doc: blob } });
    expect(c.categories).toEqual(['PII']);
    const f = c.findings.find((x) => x.entityType === 'EMAIL_ADDRESS');
    expect(f && [f.start, f.end]).toEqual([0, blob.length]);
  });

  it('counts an unreadable blob (binary base64) as opaque instead of reading it', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk';
    expect(classifyRequest({ model: 'auto', messages: [user('hi')], metadata: { img: png } }).opaque).toEqual({
      image: 1,
      audio: 0,
      file: 0,
    });
    expect(classifyRequest({ model: 'auto', messages: [user([{ type: 'image_url', image_url: { url: png } }])] }).opaque).toEqual({
      image: 1,
      audio: 0,
      file: 0,
    });
  });

  it('leaves a public request public, with no fields named', () => {
    const c = classifyRequest({
      model: 'auto',
      user: 'svc-reporting',
      metadata: { team: 'analytics' },
      messages: [user('How do I sort a list in Python?')],
      temperature: 0.3,
    });
    expect(c.level).toBe('public');
    expect(c.fields).toEqual([]);
  });

  it('property: a credential at a random depth of a random field is always seen', () => {
    const secret = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
    const leaf = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 99 }), fc.boolean());
    const tree = fc.letrec<{ t: unknown }>((tie) => ({
      t: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(secret, `token ${secret} here`, encodeURIComponent(`token=${secret}`), b64(`token ${secret}`)),
        fc.tuple(fc.array(leaf, { maxLength: 2 }), tie('t')).map(([xs, t]) => [...xs, t]),
        fc.tuple(fc.string({ minLength: 1, maxLength: 5 }), tie('t')).map(([k, t]) => ({ [k]: t, pad: 'x' })),
      ),
    })).t;
    const field = fc.constantFrom('metadata', 'user', 'stop', 'prediction', 'tools', 'response_format', 'x_vendor', 'tool_choice');
    fc.assert(
      fc.property(field, tree, (name, value) => {
        const c = classifyRequest({ ...base, [name]: value });
        expect(c.categories).toContain('CREDENTIALS');
        expect(c.level).toBe('restricted');
      }),
      { numRuns: 200 },
    );
  });
});
