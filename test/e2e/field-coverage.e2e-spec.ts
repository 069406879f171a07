import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DETECTORS, type Detector } from '@libs/classification';
import { startTestGateway, type TestGateway } from '../support/gateway';

const SIMS = ['sim-local', 'sim-eu', 'sim-us-cheap', 'sim-us-strong'];
const user = (content: unknown) => ({ role: 'user', content });

/** Every field a provider could read is classified: the level reflects it, or the provider never sees it. */
describe('field coverage: nothing leaves unclassified', () => {
  let t: TestGateway;
  const key = () => t.keys.tenants['demo-us'] as string;
  const post = (body: unknown) => t.chat(key(), body);
  const counts = () => SIMS.map((s) => t.sim(s).requests);
  /** What each simulator last received, as text (echo mode keeps the last chat body). */
  const seenBy = (sim: string) => JSON.stringify(t.sim(sim).lastChatBody ?? null);

  beforeAll(async () => {
    t = await startTestGateway();
    for (const s of SIMS) t.sim(s).setFaults({ mode: 'echo' });
  });
  afterAll(() => t.close());

  it('refuses a credential in the top-level user field before any provider sees it', async () => {
    const before = counts();
    const res = await post({
      model: 'auto',
      user: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
      messages: [user('Summarise our release notes.')],
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('policy_denied');
    expect(counts()).toEqual(before);
  });

  it('refuses a secret in a tool description', async () => {
    const before = counts();
    const tools = [
      {
        type: 'function',
        function: {
          name: 'deploy',
          description: 'Deploys with token sk-proj-Zx81kQmT4vB9nR2sW6yP0aLc3dE5fG7h',
          parameters: { type: 'object', properties: {} },
        },
      },
    ];
    const res = await post({ model: 'auto', tools, messages: [user('Deploy the service.')] });
    expect(res.status).toBe(403);
    expect(counts()).toEqual(before);
  });

  it('keeps PHI in metadata away from the provider without a BAA', async () => {
    const metadata = { case: 'Patient Maria Keller, DOB 1958-02-11, diagnosed with chronic kidney disease' };
    const res = await post({ model: 'auto', metadata, messages: [user('Draft a follow-up letter.')] });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-gateway-data-level')).toBe('restricted');
    expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
    expect(seenBy('sim-us-cheap')).not.toContain('Maria Keller');
  });

  it('reads an identifier inside an image_url URL, and treats the image itself as unreadable (restricted by default)', async () => {
    const withId = await post({
      model: 'auto',
      messages: [
        user([
          { type: 'text', text: 'What does this scan show?' },
          { type: 'image_url', image_url: { url: 'https://pacs.example.org/view?mrn=MRN-44819023' } },
        ]),
      ],
    });
    expect(withId.status).toBe(200);
    expect(withId.headers.get('x-gateway-provider')).toBe('sim-local');
    expect(seenBy('sim-us-cheap')).not.toContain('44819023');
    const plain = await post({
      model: 'auto',
      messages: [
        user([
          { type: 'text', text: 'Describe this picture.' },
          { type: 'image_url', image_url: { url: 'https://img.example.org/cat.png' } },
        ]),
      ],
    });
    expect(plain.headers.get('x-gateway-data-level')).toBe('restricted');
    expect(plain.headers.get('x-gateway-explain')).toContain('1 image part the classifier cannot read');
  });

  it('decodes encoded PHI before classifying it', async () => {
    const note = encodeURIComponent('Patient Jonas Weber, DOB 03/14/1970, diagnosed with type 2 diabetes, metformin 500 mg');
    const res = await post({ model: 'auto', messages: [user(`Parse this query string: q=${note}`)] });
    expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
    expect(seenBy('sim-us-cheap')).not.toContain('Jonas');
  });

  it('property: a medical record number or a credential in a random field at a random depth never reaches a provider that may not see it', async () => {
    const secrets = ['MRN: 58392017', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'];
    const leaf = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 99 }));
    const tree = (canary: string) =>
      fc.letrec<{ t: unknown }>((tie) => ({
        t: fc.oneof(
          { depthSize: 'small' },
          fc.constant(canary),
          fc.constant(`see ${canary} here`),
          fc.tuple(fc.array(leaf, { maxLength: 2 }), tie('t')).map(([xs, v]) => [...xs, v]),
          fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), tie('t')).map(([k, v]) => ({ [k]: v })),
        ),
      })).t;
    const field = fc.constantFrom('metadata', 'user', 'stop', 'prediction', 'x_vendor_field', 'tools');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...secrets), field, fc.nat(), async (canary, name, seed) => {
        const value = fc.sample(tree(canary), { seed, numRuns: 1 })[0];
        const body: Record<string, unknown> = { model: 'auto', messages: [user('Help me with this.')] };
        // Fields with a fixed shape get the canary where that shape allows free text.
        if (name === 'tools')
          body.tools = [
            {
              type: 'function',
              function: {
                name: 'f',
                description: 'x',
                parameters: { type: 'object', properties: { a: { type: 'string', description: JSON.stringify(value) } } },
              },
            },
          ];
        else if (name === 'user') body.user = `u ${JSON.stringify(value)}`;
        else body[name] = value;
        for (const s of SIMS) t.sim(s).setFaults({ mode: 'echo' });
        const before = counts();
        const res = await post(body);
        const after = counts();
        if (res.status === 403) {
          expect(after).toEqual(before);
          return;
        }
        expect(res.status).toBe(200);
        expect(res.headers.get('x-gateway-data-level')).toBe('restricted');
        // Only the local provider with a BAA was called, and only it saw the canary.
        expect(res.headers.get('x-gateway-provider')).toBe('sim-local');
        expect(after.slice(1)).toEqual(before.slice(1));
      }),
      { numRuns: 25 },
    );
  });

  it('fails closed with 503 classifier_unavailable, recorded as a denial, when the analyzer throws', async () => {
    const before = counts();
    const boom: Detector = () => {
      throw new RangeError('injected analyzer fault');
    };
    (DETECTORS as Detector[]).push(boom);
    let res: Response;
    try {
      res = await post({ model: 'auto', messages: [user('Anything at all')] });
    } finally {
      (DETECTORS as Detector[]).pop();
    }
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string } };
    expect(body.error.code).toBe('classifier_unavailable');
    expect(JSON.stringify(body)).not.toContain('injected');
    expect(counts()).toEqual(before);
    const rows = await t.ledgerEntries(res.headers.get('x-request-id') as string);
    expect(rows.map((r) => r.body)).toEqual([expect.objectContaining({ kind: 'policy_denied', error_code: 'classifier_unavailable' })]);
  });
});

describe('unreadableContent: refuse', () => {
  let t: TestGateway;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-unreadable-'));
    const policy = join(dir, 'policy.yaml');
    writeFileSync(
      policy,
      readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8').replace(
        'unreadableContent: restricted',
        'unreadableContent: refuse',
      ),
    );
    t = await startTestGateway({ GATEWAY_POLICY: policy });
  });
  afterAll(() => t.close());

  it('refuses an audio part with a reason that names the setting, and sends nothing', async () => {
    const before = SIMS.map((s) => t.sim(s).requests);
    const res = await t.chat(t.keys.tenants['demo-us'] as string, {
      model: 'auto',
      messages: [
        user([
          {
            type: 'input_audio',
            input_audio: { data: Buffer.from([1, 2, 3, 250, 251, 0, 9, 8, 7, 6, 5, 4, 3, 2]).toString('base64'), format: 'wav' },
          },
        ]),
      ],
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('unreadableContent');
    expect(SIMS.map((s) => t.sim(s).requests)).toEqual(before);
  });
});
