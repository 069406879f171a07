import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from './evaluate';
import { deniedMessage, explainDecision } from './explain';
import { loadPolicy } from './load';
import { facts } from './policy.fixtures';

const demo = loadPolicy([{ source: 'policies/default.yaml', text: readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8') }]);

describe('explainDecision', () => {
  it.each([
    [facts({ level: 'public' }), 'public + tenant region us: permitted sim-local, sim-eu, sim-us-cheap, sim-us-strong.'],
    [
      facts({ level: 'restricted', categories: ['PHI', 'PII'] }),
      'restricted PHI, PII + tenant region us: permitted sim-local; excluded sim-eu (restricted-stays-local), ' +
        'sim-us-cheap (phi-needs-baa), sim-us-strong (restricted-stays-local).',
    ],
    [
      facts({ level: 'internal', tenantRegion: 'eu' }),
      'internal + tenant region eu: permitted sim-local, sim-eu; excluded sim-us-cheap (eu-data-stays-in-eu), ' +
        'sim-us-strong (eu-data-stays-in-eu).',
    ],
    [
      facts({ level: 'restricted', categories: ['CREDENTIALS'] }),
      'restricted CREDENTIALS + tenant region us: blocked by rule no-secrets-out (CREDENTIALS).',
    ],
  ])('%#', (f, sentence) => {
    expect(explainDecision(evaluate(demo, f), f)).toBe(sentence);
  });

  it('says when nothing is permitted and when egress is pseudonymized', () => {
    const d = {
      permitted: [],
      excluded: [{ provider: 'a', rule: 'r', reason: 'no BAA' }],
      matchedRules: ['r', 'p'],
      action: 'pseudonymize' as const,
      blockedBy: [],
    };
    expect(explainDecision(d, facts())).toBe('public + tenant region us: permitted none; excluded a (r); egress pseudonymized.');
  });
});

describe('deniedMessage', () => {
  it('names the blocking rule', () => {
    const d = evaluate(demo, facts({ level: 'restricted', categories: ['CREDENTIALS'] }));
    expect(deniedMessage(d)).toBe('Policy denied: request blocked by rule no-secrets-out (blocked: CREDENTIALS).');
  });

  it('names the rule that excluded a pinned provider', () => {
    const d = evaluate(demo, facts({ level: 'confidential', categories: ['PHI'] }));
    expect(deniedMessage(d, 'sim-us-cheap')).toBe('Policy denied: provider sim-us-cheap excluded by rule phi-needs-baa (no BAA).');
    expect(deniedMessage(d, 'nope')).toBe('Policy denied: provider nope is not in this policy.');
  });

  it('lists every exclusion when nothing is permitted', () => {
    const d = {
      permitted: [],
      excluded: [
        { provider: 'a', rule: 'r1', reason: 'no BAA' },
        { provider: 'b', rule: 'attestation-expired', reason: 'attestations expired 2025-01-01' },
      ],
      matchedRules: ['r1'],
      action: 'allow' as const,
      blockedBy: [],
    };
    expect(deniedMessage(d)).toBe(
      'Policy denied: no permitted provider; a excluded by rule r1 (no BAA); b excluded by rule attestation-expired (attestations expired 2025-01-01).',
    );
  });
});
