import { aBundle, aProvider, aRoute } from '../policy/policy.fixtures';
import { shadowReport, type ShadowedDecision } from './shadow-report';

describe('shadowReport', () => {
  const bundle = aBundle({
    providers: [aProvider({ id: 'local', models: [{ id: 'chat', inputUsdPerMTok: 2, outputUsdPerMTok: 4, capabilities: ['chat'] }] })],
    routes: [aRoute({ id: 'default', candidates: ['local/chat'], default: true })],
  });
  const route = (provider: string | null, extra: Partial<ShadowedDecision['shadow']> = {}): ShadowedDecision['shadow'] => ({
    version: 'v9',
    verdict: provider ? 'route' : 'deny',
    route: provider ? 'default' : null,
    rule: null,
    provider,
    model: provider ? 'chat' : null,
    ...extra,
  });

  it('counts agreement, disagreement by route and rule, shadow denials and the cost delta (hand-computed)', () => {
    const decisions: ShadowedDecision[] = [
      { route: 'default', rule: null, plan: ['local/chat'], shadow: route('local') },
      // 1M prompt + 1M completion tokens on `local` would cost 2 + 4 = 6 USD; the real answer cost 0.5 USD.
      {
        route: 'default',
        rule: 'refund',
        plan: ['cheap/chat'],
        shadow: route('local', { rule: 'none-matched' }),
        usage: { prompt_tokens: 1_000_000, completion_tokens: 1_000_000 },
        cost_nusd: 500_000_000,
      },
      { route: 'batch', rule: 'bg', plan: ['cheap/chat'], shadow: route(null) },
      { route: 'default', plan: ['cheap/chat'], shadow: { ...route('local'), version: 'v8' } }, // another shadow: ignored
    ];
    expect(shadowReport('v9', bundle, decisions)).toEqual({
      version: 'v9',
      decisions: 3,
      agree: 1,
      disagree: 2,
      shadowDenials: 1,
      byRoute: { 'default → default': 1, 'batch → denied': 1 },
      byRule: { 'refund → none-matched': 1, 'bg → none': 1 },
      costDeltaUsd: 5.5,
      costCompared: 1,
    });
  });
});
