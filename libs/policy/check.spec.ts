import { checkBundle } from './check';
import { loadPolicy } from './load';

const bundle = loadPolicy([
  {
    source: 'b.yaml',
    text: `apiVersion: gateway.policy/v1
providers:
  - { id: local, kind: openai-compatible, baseUrl: "http://127.0.0.1:1/v1", hosting: local, regions: [on-prem], baa: true, attestationsValidUntil: 2026-12-10, models: [{ id: m, inputUsdPerMTok: 1, outputUsdPerMTok: 1 }] }
  - { id: cheap, kind: openai-compatible, baseUrl: "http://127.0.0.1:2/v1", hosting: vendor, regions: [us-east-1], baa: false, attestationsValidUntil: 2028-01-01, models: [{ id: m, inputUsdPerMTok: 1, outputUsdPerMTok: 1 }] }
compliance:
  - { id: phi-needs-baa, when: { categories: [PHI] }, require: { baa: true } }
routes:
  - { id: r1, match: { workload: chat }, strategy: cheapest, candidates: [local/m, cheap/m] }
`,
  },
]);

describe('checkBundle', () => {
  it('lists route candidates a rule can exclude and attestations expiring within 30 days', () => {
    const c = checkBundle(bundle, new Date('2026-11-29T10:00:00Z'));
    expect(c.routeWarnings).toEqual([{ route: 'r1', candidate: 'cheap/m', rule: 'phi-needs-baa', reason: 'no BAA' }]);
    expect(c.expiring).toEqual([{ provider: 'local', validUntil: '2026-12-10', days: 11 }]);
  });

  it('reports nothing expiring when every attestation is further away', () => {
    expect(checkBundle(bundle, new Date('2026-01-01T00:00:00Z')).expiring).toEqual([]);
  });
});
