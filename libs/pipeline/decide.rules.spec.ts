import { decide, type Decision, type DecisionInput } from './decide';
import { ruleInput, shape, supportBundle } from './rule-fixtures.testing';

type Routed = Extract<Decision, { verdict: 'route' }>;

function routed(i: Partial<DecisionInput>): Routed {
  const d = decide(supportBundle, 'v1', ruleInput(i));
  if (d.verdict !== 'route') throw new Error(`denied: ${d.reason}`);
  return d;
}

const phi = {
  level: 'restricted' as const,
  categories: ['PHI' as const],
  findings: [],
  entities: {},
  healthContext: true,
  explanation: '',
};

describe('decide with route rules (the support example)', () => {
  it.each<[string, Partial<DecisionInput>, string, string | null]>([
    ['a short routine question: default route', {}, 'support-chat', null],
    ['a refund message: strong', { request: shape({ text: 'I want a refund for order 12' }) }, 'support-strong', 'refund-to-strong'],
    ['a long message: strong', { promptTokens: 2500 }, 'support-strong', 'refund-to-strong'],
    [
      'json_schema: structured',
      { needs: ['chat', 'json_schema'], request: shape({ format: 'json_schema' }) },
      'structured',
      'json-to-structured',
    ],
    ['background: batch', { request: shape({ priority: 'background' }) }, 'batch', 'background-to-batch'],
    ['first match wins', { request: shape({ priority: 'background', text: 'a complaint' }) }, 'support-strong', 'refund-to-strong'],
    [
      'an alias of the bundle is routed by rules',
      { model: 'gpt-4o-mini', request: shape({ text: 'chargeback!' }) },
      'support-strong',
      'refund-to-strong',
    ],
    ['a route named by id is kept', { model: 'support-chat', request: shape({ text: 'refund' }) }, 'support-chat', null],
    [
      'tenant tier and local time (Berlin 23:30)',
      { tenant: { id: 'free-co', region: 'us', floor: 'public' }, now: new Date('2026-06-01T21:30:00Z') },
      'batch',
      'free-at-night',
    ],
    ['tenant tier outside the window (Berlin 14:00)', { tenant: { id: 'free-co', region: 'us', floor: 'public' } }, 'support-chat', null],
  ])('%s', (_name, i, route, rule) => {
    const d = routed(i);
    expect(d.plan.routeId).toBe(route);
    expect(d.rule).toBe(rule);
    expect(d.ledgerBody.rule ?? null).toBe(rule);
  });

  it('records the rule and its signal values in the ledger body and the explanation, never the words', () => {
    const d = routed({ request: shape({ text: 'My REFUND for the billing error, card 4111 1111 1111 1111' }) });
    expect(d.ledgerBody).toMatchObject({ rule: 'refund-to-strong', rule_signals: { keywords: ['escalation'], promptTokens: 20 } });
    expect(d.ruleClause).toBe('route support-strong by rule refund-to-strong (the request contains a word from keyword list escalation)');
    expect(d.explanation).toContain('Rule decision: route support-strong by rule refund-to-strong');
    expect(JSON.stringify(d.ledgerBody)).not.toMatch(/REFUND|billing|4111/);
  });

  it('says so when no rule matched', () => {
    const d = routed({});
    expect(d.ledgerBody).toMatchObject({ rule: null });
    expect(d.ruleClause).toBe('route support-chat because no rule matched');
  });

  it('skips a matching rule whose route has nothing permitted, records it, and goes on', () => {
    // PHI excludes `cheap` (no BAA): batch has nothing permitted, the default route keeps `local`.
    const d = routed({ classification: phi, request: shape({ priority: 'background' }) });
    expect(d.plan.routeId).toBe('support-chat');
    expect(d.plan.candidates.map((c) => c.provider)).toEqual(['local']);
    expect(d.ledgerBody.rules_skipped).toEqual([{ rule: 'background-to-batch', route: 'batch', reason: 'no_permitted_candidate' }]);
    expect(d.ruleClause).toContain('rule background-to-batch matched but route batch has no permitted model');
  });

  it('skips a rule whose route cannot serve the request (a json request on the batch route)', () => {
    const d = routed({ needs: ['chat', 'json_schema'], request: shape({ format: 'json_object', priority: 'background' }) });
    expect(d.rule).toBe('json-to-structured');
  });

  it('records what a simulation needs to decide again: requested name, needs, counts, signals, keyword lists, cost', () => {
    const d = routed({
      model: 'gpt-4o-mini',
      maxOutputTokens: 100,
      request: shape({ text: 'a refund, please', messages: 3, tools: true, priority: 'background' }),
    });
    expect(d.ledgerBody).toMatchObject({
      requested_model: 'gpt-4o-mini',
      needs: ['chat'],
      prompt_tokens: 20,
      max_output_tokens: 100,
      request_signals: { messages: 3, format: 'text', tools: true, priority: 'background' },
      keyword_scan: { lists: { escalation: expect.stringMatching(/^[0-9a-f]{16}$/) }, matched: ['escalation'] },
      // strong/chat: (20 x 3 + 100 x 6) / 1e6 USD = 660_000 nano-USD
      estimated_cost_nusd: 660_000,
    });
    expect(JSON.stringify(d.ledgerBody)).not.toMatch(/refund, please/);
  });

  it('records prompt tokens on a denial too, and no keyword scan when rules do not apply', () => {
    const d = decide(supportBundle, 'v1', ruleInput({ model: 'support-chat', classification: { ...phi, categories: ['CREDENTIALS'] } }));
    expect(d.ledgerBody).toMatchObject({ prompt_tokens: 20, requested_model: 'support-chat' });
    expect(d.ledgerBody.keyword_scan).toBeUndefined();
  });
});
