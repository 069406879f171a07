/** A support-desk bundle (SPEC §5's example) and decision inputs, for the rule specs of libs/pipeline. */
import type { Classification } from '@libs/classification';
import { aBundle, aProvider, aRoute, aRule } from '../policy/policy.fixtures';
import type { DecisionInput, RequestShape } from './decide';

export const supportBundle = aBundle({
  providers: [
    aProvider({
      id: 'local',
      hosting: 'local',
      regions: ['on-prem'],
      models: [{ id: 'chat', inputUsdPerMTok: 0.2, outputUsdPerMTok: 0.4, capabilities: ['chat', 'json_schema', 'tools'] }],
    }),
    aProvider({
      id: 'cheap',
      baa: false,
      models: [{ id: 'chat', inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.2, capabilities: ['chat', 'tools'] }],
    }),
    aProvider({
      id: 'strong',
      models: [{ id: 'chat', inputUsdPerMTok: 3, outputUsdPerMTok: 6, capabilities: ['chat', 'json_schema', 'tools'] }],
    }),
  ],
  tenants: [
    { id: 't1', region: 'us' },
    { id: 'free-co', region: 'us', tier: 'free', timeZone: 'Europe/Berlin' },
  ],
  compliance: [aRule({ id: 'phi-needs-baa', when: { categories: ['PHI'] }, require: { baa: true } })],
  routes: [
    aRoute({ id: 'support-chat', strategy: 'cheapest', candidates: ['cheap/chat', 'local/chat'], default: true }),
    aRoute({ id: 'support-strong', match: {}, strategy: 'cheapest', candidates: ['strong/chat'] }),
    aRoute({ id: 'structured', match: {}, strategy: 'ordered', candidates: ['local/chat', 'strong/chat'] }),
    aRoute({ id: 'batch', match: {}, strategy: 'cheapest', candidates: ['cheap/chat'] }),
  ],
  aliases: { 'gpt-4o-mini': 'support-chat' },
  keywordLists: { escalation: ['complaint', 'refund', 'chargeback', 'billing error', 'dispute'] },
  rules: [
    { id: 'refund-to-strong', when: { any: [{ keywords: 'escalation' }, { promptTokens: { gt: 2000 } }] }, route: 'support-strong' },
    { id: 'json-to-structured', when: { format: ['json_schema', 'json_object'] }, route: 'structured' },
    { id: 'background-to-batch', when: { priority: 'background' }, route: 'batch' },
    { id: 'free-at-night', when: { all: [{ tenantTier: 'free' }, { timeOfDay: { from: '22:00', to: '06:00' } }] }, route: 'batch' },
  ],
});

export const publicText: Classification = {
  level: 'public',
  categories: [],
  findings: [],
  entities: {},
  healthContext: false,
  explanation: '',
};

export function shape(overrides: Partial<RequestShape> & { text?: string } = {}): RequestShape {
  const { text = 'Where is my parcel?', ...rest } = overrides;
  return { messages: 1, format: 'text', tools: false, priority: null, texts: () => [text], ...rest };
}

export function ruleInput(overrides: Partial<DecisionInput> = {}): DecisionInput {
  return {
    model: 'auto',
    workload: null,
    needs: ['chat'],
    promptTokens: 20,
    maxOutputTokens: null,
    stream: false,
    classification: publicText,
    tenant: { id: 't1', region: 'us', floor: 'public' },
    declaredLevel: null,
    now: new Date('2026-06-01T12:00:00Z'),
    request: shape(),
    ...overrides,
  };
}
