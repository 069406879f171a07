import { localTime, matchRule, withinWindow, type RequestSignals } from './rules';
import type { KeywordLists, RuleCondition } from './rule-schema';

const LISTS: KeywordLists = {
  escalation: ['complaint', 'refund', 'billing error', 'Rückerstattung', 'réclamation', '退款'],
  legal: ['lawyer', 'court'],
};

function signals(overrides: Partial<RequestSignals> & { text?: string } = {}): RequestSignals {
  const { text = 'What are your opening hours?', ...rest } = overrides;
  return {
    promptTokens: 40,
    messages: 1,
    format: 'text',
    tools: false,
    level: 'public',
    categories: [],
    tenantRegion: 'us',
    tenantTier: null,
    workload: null,
    priority: 'interactive',
    localTime: '12:00',
    texts: () => [text],
    ...rest,
  };
}

const matches = (when: RuleCondition, s: Partial<RequestSignals> & { text?: string } = {}) => matchRule(when, signals(s), LISTS).matched;

describe('matchRule: every signal', () => {
  it.each<[string, RuleCondition, Partial<RequestSignals> & { text?: string }, boolean]>([
    ['promptTokens gt: above', { promptTokens: { gt: 2000 } }, { promptTokens: 2001 }, true],
    ['promptTokens gt: at the bound', { promptTokens: { gt: 2000 } }, { promptTokens: 2000 }, false],
    ['promptTokens gte', { promptTokens: { gte: 2000 } }, { promptTokens: 2000 }, true],
    ['promptTokens lt', { promptTokens: { lt: 100 } }, { promptTokens: 99 }, true],
    ['promptTokens lt: above', { promptTokens: { lt: 100 } }, { promptTokens: 100 }, false],
    ['promptTokens lte', { promptTokens: { lte: 100 } }, { promptTokens: 100 }, true],
    ['promptTokens range', { promptTokens: { gte: 10, lt: 20 } }, { promptTokens: 20 }, false],
    ['messages eq', { messages: { eq: 3 } }, { messages: 3 }, true],
    ['messages gt: not', { messages: { gt: 3 } }, { messages: 3 }, false],
    ['keywords: a word of the list', { keywords: 'escalation' }, { text: 'I want a REFUND now!' }, true],
    ['keywords: not inside a longer word', { keywords: 'escalation' }, { text: 'refunding policy' }, false],
    ['keywords: a phrase across spaces and case', { keywords: 'escalation' }, { text: 'There is a Billing   Error on my bill' }, true],
    ['keywords: a phrase needs all its words', { keywords: 'escalation' }, { text: 'billing is fine, no error' }, false],
    ['keywords: accents folded (list without, text with)', { keywords: 'escalation' }, { text: 'Une RÉCLAMATION formelle' }, true],
    ['keywords: German with umlaut, any case', { keywords: 'escalation' }, { text: 'Bitte um RÜCKERSTATTUNG.' }, true],
    ['keywords: accents folded (text without)', { keywords: 'escalation' }, { text: 'reclamation urgente' }, true],
    ['keywords: Chinese without spaces', { keywords: 'escalation' }, { text: '我要退款，谢谢' }, true],
    ['keywords: another list does not count', { keywords: 'legal' }, { text: 'refund please' }, false],
    ['keywords: any of several lists', { keywords: ['legal', 'escalation'] }, { text: 'refund please' }, true],
    ['format json_schema', { format: 'json_schema' }, { format: 'json_schema' }, true],
    ['format list', { format: ['json_schema', 'json_object'] }, { format: 'json_object' }, true],
    ['format text is not json', { format: ['json_schema', 'json_object'] }, {}, false],
    ['tools true', { tools: true }, { tools: true }, true],
    ['tools false', { tools: false }, { tools: true }, false],
    ['levels', { levels: ['confidential', 'restricted'] }, { level: 'restricted' }, true],
    ['levels: not listed', { levels: ['restricted'] }, { level: 'internal' }, false],
    ['categories: any of', { categories: ['PHI', 'PCI'] }, { categories: ['PII', 'PCI'] }, true],
    ['categories: none of', { categories: ['PHI'] }, { categories: ['PII'] }, false],
    ['tenantRegion', { tenantRegion: 'eu' }, { tenantRegion: 'eu' }, true],
    ['tenantRegion list', { tenantRegion: ['eu', 'uk'] }, { tenantRegion: 'us' }, false],
    ['tenantTier', { tenantTier: 'free' }, { tenantTier: 'free' }, true],
    ['tenantTier: tenant without tier', { tenantTier: 'free' }, { tenantTier: null }, false],
    ['workload', { workload: 'extraction' }, { workload: 'extraction' }, true],
    ['workload: none declared', { workload: 'chat' }, { workload: null }, false],
    ['priority background', { priority: 'background' }, { priority: 'background' }, true],
    ['priority interactive', { priority: 'background' }, { priority: 'interactive' }, false],
    ['timeOfDay inside', { timeOfDay: { from: '08:00', to: '18:00' } }, { localTime: '08:00' }, true],
    ['timeOfDay end exclusive', { timeOfDay: { from: '08:00', to: '18:00' } }, { localTime: '18:00' }, false],
    ['timeOfDay over midnight, late', { timeOfDay: { from: '22:00', to: '06:00' } }, { localTime: '23:30' }, true],
    ['timeOfDay over midnight, early', { timeOfDay: { from: '22:00', to: '06:00' } }, { localTime: '05:59' }, true],
    ['timeOfDay over midnight, day', { timeOfDay: { from: '22:00', to: '06:00' } }, { localTime: '12:00' }, false],
    ['empty when matches everything', {}, {}, true],
    ['several keys: all must hold', { tools: true, priority: 'background' }, { tools: true }, false],
  ])('%s', (_name, when, s, expected) => {
    expect(matches(when, s)).toBe(expected);
  });
});

describe('matchRule: combinators', () => {
  const refund = { keywords: 'escalation' };
  const long = { promptTokens: { gt: 2000 } };
  it.each<[string, RuleCondition, Partial<RequestSignals> & { text?: string }, boolean]>([
    ['any: first holds', { any: [refund, long] }, { text: 'refund' }, true],
    ['any: second holds', { any: [refund, long] }, { promptTokens: 5000 }, true],
    ['any: none holds', { any: [refund, long] }, {}, false],
    ['all: both hold', { all: [refund, long] }, { text: 'refund', promptTokens: 5000 }, true],
    ['all: one fails', { all: [refund, long] }, { text: 'refund' }, false],
    ['not: negates', { not: refund }, {}, true],
    ['not: negates a match', { not: refund }, { text: 'refund' }, false],
    [
      'nested',
      { all: [{ not: { tools: true } }, { any: [{ tenantTier: 'free' }, { priority: 'background' }] }] },
      { priority: 'background' },
      true,
    ],
    [
      'nested: inner not fails',
      { all: [{ not: { tools: true } }, { any: [{ tenantTier: 'free' }] }] },
      { tools: true, tenantTier: 'free' },
      false,
    ],
    ['keys and combinators together', { format: 'json_schema', not: { levels: ['restricted'] } }, { format: 'json_schema' }, true],
  ])('%s', (_name, when, s, expected) => {
    expect(matches(when, s)).toBe(expected);
  });
});

describe('matchRule: evidence', () => {
  it('records signal values and the list that matched, never the words', () => {
    const secret = 'my refund for card 4111 1111 1111 1111';
    const m = matchRule(
      { any: [{ keywords: ['legal', 'escalation'] }, { promptTokens: { gt: 2000 } }] },
      signals({ text: secret, promptTokens: 12 }),
      LISTS,
    );
    expect(m.matched).toBe(true);
    expect(m.signals).toEqual({ keywords: ['escalation'], promptTokens: 12 });
    expect(m.why.join(' ')).toContain('keyword list escalation');
    expect(JSON.stringify(m)).not.toMatch(/refund|4111/);
  });

  it('explains counts with the rule bound', () => {
    const m = matchRule({ promptTokens: { gt: 2000 } }, signals({ promptTokens: 2300 }));
    expect(m.why).toEqual(['the prompt has 2300 tokens (rule: more than 2,000)']);
  });

  it('scans the text only when a rule tests keywords', () => {
    let reads = 0;
    const s = signals({ texts: () => (reads++, ['refund']) });
    matchRule({ tools: false }, s, LISTS);
    expect(reads).toBe(0);
    matchRule({ keywords: 'escalation' }, s, LISTS);
    expect(reads).toBe(1);
  });
});

describe('time of day', () => {
  it.each([
    ['UTC', '2026-06-01T21:30:00Z', '21:30'],
    ['Europe/Berlin', '2026-06-01T21:30:00Z', '23:30'],
    ['America/New_York', '2026-01-15T03:05:00Z', '22:05'],
    ['Asia/Kolkata', '2026-06-01T21:30:00Z', '03:00'],
  ])('%s at %s is %s', (tz, iso, hhmm) => {
    expect(localTime(new Date(iso), tz)).toBe(hhmm);
  });

  it('windows: from inclusive, to exclusive, wrapping past midnight', () => {
    expect(withinWindow('00:00', { from: '00:00', to: '00:01' })).toBe(true);
    expect(withinWindow('23:59', { from: '23:00', to: '00:00' })).toBe(true);
    expect(withinWindow('00:00', { from: '23:00', to: '00:00' })).toBe(false);
  });
});
