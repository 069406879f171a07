import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { diffBundles, diffHash } from './diff';
import { validatePolicyBundle } from './load';
import type { PolicyBundle } from './schema';

const seed = parse(readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8')) as Record<string, unknown>;
const base = (): PolicyBundle => validatePolicyBundle(structuredClone(seed));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit the raw YAML freely
type Raw = any;
const edit = (change: (b: Raw) => void): PolicyBundle => {
  const raw = structuredClone(seed) as Raw;
  change(raw);
  return validatePolicyBundle(raw);
};

describe('diffBundles', () => {
  it('identical bundles give an empty diff and an empty summary', () => {
    const d = diffBundles(base(), base());
    expect(d.summary).toEqual([]);
    for (const s of [d.providers, d.compliance, d.routes, d.rules, d.tenants, d.aliases, d.keywordLists]) {
      expect(s.added).toEqual([]);
      expect(s.removed).toEqual([]);
      expect(s.changed).toEqual([]);
    }
    expect(d.rules.moved).toEqual([]);
    expect(d.settings).toEqual([]);
  });

  it('a compliance requirement added reads as "now also requires"', () => {
    const d = diffBundles(
      base(),
      edit((b) => (b.compliance[0].require.zeroRetention = true)),
    );
    expect(d.compliance.changed).toEqual([{ id: 'phi-needs-baa', changes: [{ field: 'require.zeroRetention', from: null, to: true }] }]);
    expect(d.summary).toEqual(['phi-needs-baa now also requires zeroRetention']);
  });

  it('compliance rules added, removed, action and when changed', () => {
    const d = diffBundles(
      base(),
      edit((b) => {
        b.compliance = b.compliance.filter((r: { id: string }) => r.id !== 'eu-data-stays-in-eu');
        b.compliance.push({ id: 'pci-blocked', when: { categories: ['PCI'] }, action: 'block' });
        b.compliance[0].when.categories = ['PHI', 'PII'];
        b.compliance[1].action = 'pseudonymize';
      }),
    );
    expect(d.compliance.added).toEqual(['pci-blocked']);
    expect(d.compliance.removed).toEqual(['eu-data-stays-in-eu']);
    expect(d.summary).toEqual([
      'compliance rule pci-blocked added',
      'compliance rule eu-data-stays-in-eu removed',
      'phi-needs-baa now applies when categories is PHI, PII instead of PHI',
      "restricted-stays-local's action allow -> pseudonymize",
    ]);
  });

  it('a route candidate removed and a strategy changed', () => {
    const d = diffBundles(
      base(),
      edit((b) => {
        const route = b.routes[0];
        route.candidates = route.candidates.filter((c: string) => c !== 'sim-us-cheap/chat');
        route.strategy = 'ordered';
      }),
    );
    const id = base().routes[0]?.id;
    expect(d.routes.changed[0]?.id).toBe(id);
    expect(d.routes.changed[0]?.changes.map((c) => c.field)).toEqual(['candidates', 'strategy']);
    expect(d.summary).toEqual([`route ${id} no longer uses sim-us-cheap/chat`, `route ${id}'s strategy cheapest -> ordered`]);
  });

  it('model prices, a model added and provider fields, field by field', () => {
    const d = diffBundles(
      base(),
      edit((b) => {
        const eu = b.providers.find((p: { id: string }) => p.id === 'sim-eu');
        eu.models[0].inputUsdPerMTok = 1.5;
        eu.models.push({ id: 'large', inputUsdPerMTok: 0.125, outputUsdPerMTok: 4 });
        eu.zeroRetention = true;
      }),
    );
    expect(d.providers.changed[0]?.changes).toContainEqual({ field: 'models.chat.inputUsdPerMTok', from: 1, to: 1.5 });
    expect(d.summary).toEqual([
      "provider sim-eu's chat model input price 1.00 -> 1.50 USD/MTok",
      'provider sim-eu now offers model large',
      "provider sim-eu's zeroRetention (none) -> true",
    ]);
  });

  it('providers added and removed', () => {
    const more = edit((b) => b.providers.push({ ...b.providers[0], id: 'sim-new' }));
    expect(diffBundles(base(), more).providers.added).toEqual(['sim-new']);
    expect(diffBundles(more, base()).providers.removed).toEqual(['sim-new']);
    expect(diffBundles(more, base()).summary).toEqual(['provider sim-new removed']);
  });

  it('rule order matters: a move is reported with positions, an insertion is not a move', () => {
    const rules = [
      { id: 'a', when: { priority: 'background' }, route: 'r' },
      { id: 'b', when: { tools: true }, route: 'r' },
      { id: 'c', when: { messages: { gt: 3 } }, route: 'r' },
    ];
    const withRules = (list: typeof rules) =>
      edit((b) => {
        b.routes.push({ id: 'r', strategy: 'ordered', candidates: ['sim-local/chat'] });
        b.rules = list;
      });
    const moved = diffBundles(withRules(rules), withRules([rules[1]!, rules[2]!, rules[0]!]));
    expect(moved.rules.moved).toEqual([{ id: 'a', from: 1, to: 3 }]);
    expect(moved.summary).toEqual(['rule a moved from position 1 to 3']);

    const inserted = diffBundles(withRules(rules), withRules([{ id: 'z', when: { tools: false }, route: 'r' }, ...rules]));
    expect(inserted.rules.moved).toEqual([]);
    expect(inserted.summary).toEqual(['rule z added at position 1 (route r)']);

    const changed = diffBundles(withRules(rules), withRules([rules[0]!, { ...rules[1]!, when: { tools: false } }, rules[2]!]));
    expect(changed.rules.changed).toEqual([{ id: 'b', changes: [{ field: 'when', from: { tools: true }, to: { tools: false } }] }]);
  });

  it('keyword lists, tenants, aliases and settings', () => {
    const d = diffBundles(
      edit((b) => {
        b.keywordLists = { escalation: ['refund', 'complaint'], old: ['x'] };
        b.aliases = { 'gpt-4o-mini': 'sim-local/chat' };
      }),
      edit((b) => {
        b.keywordLists = { escalation: ['refund', 'chargeback'], fresh: ['y'] };
        b.aliases = { 'gpt-4o-mini': 'sim-eu/chat', 'gpt-4o': 'sim-us-strong/chat' };
        b.tenants[0].floor = 'internal';
        b.unreadableContent = 'refuse';
      }),
    );
    expect(d.keywordLists).toEqual({
      added: ['fresh'],
      removed: ['old'],
      changed: [{ id: 'escalation', added: ['chargeback'], removed: ['complaint'] }],
    });
    expect(d.summary).toEqual([
      'keyword list fresh added',
      'keyword list old removed',
      'keyword list escalation now also contains "chargeback"',
      'keyword list escalation no longer contains "complaint"',
      "tenant demo-us's floor public -> internal",
      'alias gpt-4o added (-> sim-us-strong/chat)',
      'alias gpt-4o-mini now points to sim-eu/chat instead of sim-local/chat',
      'unreadableContent restricted -> refuse',
    ]);
  });

  it('is deterministic whatever the order of providers and keys', () => {
    const reversed = edit((b) => {
      b.providers.reverse();
      b.compliance[0].require.zeroRetention = true;
    });
    expect(diffBundles(base(), reversed)).toEqual(diffBundles(base(), reversed));
    expect(diffBundles(base(), reversed).summary).toEqual(['phi-needs-baa now also requires zeroRetention']);
  });

  it('hashes a diff stably, and differently for another change', () => {
    const a = diffBundles(
      base(),
      edit((b) => (b.compliance[0].require.zeroRetention = true)),
    );
    const again = diffBundles(
      base(),
      edit((b) => (b.compliance[0].require.zeroRetention = true)),
    );
    const other = diffBundles(
      base(),
      edit((b) => (b.providers[0].models[0].inputUsdPerMTok = 0.3)),
    );
    expect(diffHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(diffHash(a)).toBe(diffHash(again));
    expect(diffHash(a)).not.toBe(diffHash(other));
  });

  it('reads model ids with dots and slashes whole', () => {
    const withModel = (price: number) =>
      edit((b) => b.providers[0].models.push({ id: 'org/llama-3.1-8b', inputUsdPerMTok: price, outputUsdPerMTok: 0.1 }));
    expect(diffBundles(withModel(0.05), withModel(0.125)).summary).toEqual([
      "provider sim-local's org/llama-3.1-8b model input price 0.05 -> 0.125 USD/MTok",
    ]);
  });
});
