import fc from 'fast-check';
import { classifyTexts } from '@libs/classification';
import { GatewayError, type Category, type DataLevel } from '@libs/core';
import { aBundle, aProvider, aRoute, aRule } from '../policy/policy.fixtures';
import type { Capability } from './capabilities';
import { decide, inForceVerdict, type DecisionInput } from './decide';

const providers = [
  aProvider({
    id: 'local',
    hosting: 'local',
    regions: ['on-prem'],
    models: [
      { id: 'chat', inputUsdPerMTok: 0.2, outputUsdPerMTok: 0.4, contextWindow: 8000, capabilities: ['chat'] },
      { id: 'embed', inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.1, capabilities: ['embeddings'] },
    ],
  }),
  aProvider({
    id: 'cheap',
    baa: false,
    models: [
      { id: 'chat', inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.2, contextWindow: 128000, capabilities: ['chat', 'tools', 'json_schema'] },
    ],
  }),
];
const bundle = aBundle({
  providers,
  compliance: [aRule({ id: 'phi-needs-baa', when: { categories: ['PHI'] }, require: { baa: true } })],
  routes: [aRoute({ id: 'default', candidates: ['local/chat', 'cheap/chat'], default: true })],
  aliases: { 'gpt-4o-mini': 'default', 'text-embedding-3-small': 'local/embed' },
});

function input(overrides: Partial<DecisionInput> = {}): DecisionInput {
  return {
    model: 'auto',
    workload: null,
    needs: ['chat'],
    promptTokens: 100,
    maxOutputTokens: null,
    stream: false,
    classification: classifyTexts(['What is the capital of France?']),
    tenant: { id: 't1', region: 'us', floor: 'public' },
    declaredLevel: null,
    now: new Date('2026-06-01T12:00:00Z'),
    ...overrides,
  };
}

function fails(i: Partial<DecisionInput>): GatewayError {
  try {
    decide(bundle, 'v1', input(i));
  } catch (err) {
    if (err instanceof GatewayError) return err;
  }
  throw new Error('expected a GatewayError');
}

describe('decide: capabilities, context and aliases', () => {
  it.each<[string, Partial<DecisionInput>, string[]]>([
    ['plain chat plans both, cheapest first', {}, ['cheap/chat', 'local/chat']],
    ['tools plan only models with tools', { needs: ['chat', 'tools'] }, ['cheap/chat']],
    ['json_schema likewise', { needs: ['chat', 'json_schema'] }, ['cheap/chat']],
    ['a prompt beyond a context window drops that model', { promptTokens: 9000 }, ['cheap/chat']],
    ['prompt plus requested output must fit', { promptTokens: 7000, maxOutputTokens: 2000 }, ['cheap/chat']],
    ['a bundle alias names its route', { model: 'gpt-4o-mini' }, ['cheap/chat', 'local/chat']],
    ['an alias to an embeddings model', { model: 'text-embedding-3-small', needs: ['embeddings'] }, ['local/embed']],
  ])('%s', (_name, i, plan) => {
    const d = decide(bundle, 'v1', input(i));
    expect(d.verdict).toBe('route');
    if (d.verdict === 'route') expect(d.plan.candidates.map((c) => `${c.provider}/${c.model}`)).toEqual(plan);
  });

  it.each<[string, Partial<DecisionInput>, string, string]>([
    ['vision nowhere', { needs: ['chat', 'vision'] }, 'vision capability', 'messages'],
    ['chat to an embeddings model', { model: 'local/embed' }, 'chat capability', 'model'],
    ['embeddings to a chat model', { model: 'cheap/chat', needs: ['embeddings'] }, 'embeddings capability', 'model'],
    ['a context no model holds', { promptTokens: 200000 }, 'context window', 'messages'],
    ['an unknown model', { model: 'gpt-99' }, 'does not exist', 'model'],
  ])('400 for %s, naming what is missing', (_name, i, message, param) => {
    const err = fails(i);
    expect(err.code).toBe('invalid_request');
    expect(err.message).toContain(message);
    expect(err.param).toBe(param);
  });

  it('says in words why the data went where it went, and that a pinned model was pinned', () => {
    const phi = classifyTexts(['Patient John Smith was diagnosed with hypertension (I10).']);
    const d = decide(bundle, 'v1', input({ classification: phi }));
    expect(d.verdict).toBe('route');
    if (d.verdict !== 'route') return;
    expect(d.reason).toContain('health information about a person (PHI)');
    expect(d.reason).toContain('cheap (no BAA)');
    expect(d.pinned).toBe(false);
    const pinned = decide(bundle, 'v1', input({ model: 'local/chat' }));
    expect(pinned.verdict === 'route' && pinned.pinned).toBe(true);
  });

  it('an alias never widens the permitted set (property)', () => {
    const names = fc.constantFrom('auto', 'gpt-4o-mini', 'default', 'local/chat', 'cheap/chat');
    const levels = fc.constantFrom<DataLevel>('public', 'internal', 'confidential', 'restricted');
    const cats = fc.subarray<Category>(['PHI', 'PII', 'PCI']);
    const needs = fc.constantFrom<Capability[]>(['chat'], ['chat', 'tools']);
    fc.assert(
      fc.property(names, levels, cats, needs, (model, level, categories, need) => {
        const classification = { ...classifyTexts(['x']), level, categories };
        let d;
        try {
          d = decide(bundle, 'v1', input({ model, needs: need, classification }));
        } catch (err) {
          return err instanceof GatewayError && err.code === 'invalid_request';
        }
        if (d.verdict === 'deny') return true;
        const permitted = d.ledgerBody.permitted as string[];
        return d.plan.candidates.every((c) => permitted.includes(c.provider));
      }),
    );
  });
});

describe('decide under another version, inside the version in force (eval version targets)', () => {
  // The version in force requires a BAA for everything; the evaluated one (`bundle`) only for PHI.
  const strict = aBundle({
    providers,
    compliance: [aRule({ id: 'baa-always', when: {}, require: { baa: true } })],
    routes: [aRoute({ id: 'default', candidates: ['local/chat', 'cheap/chat'], default: true })],
  });
  const blocking = aBundle({ ...strict, compliance: [aRule({ id: 'nothing-out', when: {}, action: 'block' })] });
  const masking = aBundle({ ...strict, compliance: [aRule({ id: 'mask', when: {}, action: 'pseudonymize' })] });

  it('never permits a provider the version in force excludes, and names that version as the rule', () => {
    const i = input();
    const d = decide(bundle, 'v2', { ...i, inForce: inForceVerdict(strict, 'v7', i) });
    expect(d.verdict).toBe('route');
    if (d.verdict !== 'route') return;
    expect(d.plan.candidates.map((c) => c.provider)).toEqual(['local']);
    expect(d.ledgerBody.excluded).toContainEqual({
      provider: 'cheap',
      rule: 'in-force:v7',
      reason: 'not permitted by the policy version in force',
    });
    // Without it, the evaluated version alone would send public text to the cheap vendor first.
    const alone = decide(bundle, 'v2', i);
    expect(alone.verdict === 'route' && alone.plan.candidates[0]?.provider).toBe('cheap');
  });

  it('takes the stricter action: a block in force denies, a pseudonymisation in force applies', () => {
    const i = input();
    expect(decide(bundle, 'v2', { ...i, inForce: inForceVerdict(blocking, 'v7', i) }).verdict).toBe('deny');
    const masked = decide(bundle, 'v2', { ...i, inForce: inForceVerdict(masking, 'v7', i) });
    expect(masked.verdict === 'route' && masked.pseudonymize).toBe(true);
  });
});
