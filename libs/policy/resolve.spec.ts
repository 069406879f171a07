import { aBundle, aProvider, aRoute } from './policy.fixtures';
import { findModel, findProvider, findTenant, resolveRoute, splitModelName } from './resolve';

const bundle = aBundle({
  providers: [aProvider({ id: 'p1' }), aProvider({ id: 'hf', models: [{ id: 'org/llama', inputUsdPerMTok: 0, outputUsdPerMTok: 0 }] })],
  routes: [
    aRoute({ id: 'first', match: { workload: 'extraction' } }),
    aRoute({ id: 'support-chat', match: { model: 'support' }, strategy: 'cascade' }),
    aRoute({ id: 'main', match: { workload: 'chat' }, default: true }),
  ],
});

describe('resolveRoute', () => {
  it.each<[string, { model: string; workload?: string }, string | null]>([
    ['auto + workload match', { model: 'auto', workload: 'extraction' }, 'route:first'],
    ['auto + unmatched workload -> default route', { model: 'auto', workload: 'code' }, 'route:main'],
    ['auto without workload -> default route', { model: 'auto' }, 'route:main'],
    ['route id', { model: 'support-chat' }, 'route:support-chat'],
    ['route alias', { model: 'support' }, 'route:support-chat'],
    ['pinned provider/model', { model: 'p1/chat' }, 'pinned:p1/chat'],
    ['pinned model id with a slash', { model: 'hf/org/llama' }, 'pinned:hf/org/llama'],
    ['unknown provider', { model: 'p9/chat' }, null],
    ['unknown model', { model: 'p1/nope' }, null],
    ['unknown alias', { model: 'gpt-4o' }, null],
  ])('%s', (_name, request, expected) => {
    const r = resolveRoute(bundle, request);
    const got = r === null ? null : r.route !== undefined ? `route:${r.route.id}` : `pinned:${r.pinned.provider}/${r.pinned.model}`;
    expect(got).toBe(expected);
  });

  it('auto falls back to the first route when none is the default, and to null without routes', () => {
    const noDefault = aBundle({ routes: [aRoute({ id: 'a', match: { workload: 'code' } }), aRoute({ id: 'b' })] });
    expect(resolveRoute(noDefault, { model: 'auto', workload: 'summarization' })?.route?.id).toBe('a');
    expect(resolveRoute(aBundle({ routes: [] }), { model: 'auto' })).toBeNull();
  });
});

describe('look-ups', () => {
  it('finds providers, models and tenants', () => {
    expect(findProvider(bundle, 'hf')?.id).toBe('hf');
    expect(findProvider(bundle, 'zz')).toBeUndefined();
    expect(findModel(bundle, 'p1/chat')?.model.inputUsdPerMTok).toBe(1);
    expect(findModel(bundle, 'p1')).toBeUndefined();
    expect(findTenant(bundle, 't1')?.region).toBe('us');
  });

  it.each([
    ['a/b', { provider: 'a', model: 'b' }],
    ['a/b/c', { provider: 'a', model: 'b/c' }],
    ['/b', undefined],
    ['a/', undefined],
    ['ab', undefined],
  ])('splitModelName(%s)', (name, expected) => {
    expect(splitModelName(name)).toEqual(expected);
  });
});
