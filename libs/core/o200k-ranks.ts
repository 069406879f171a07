/** gpt-tokenizer's o200k_base vocabulary: index = rank, value = the token's text, or its bytes when not UTF-8. */
export type O200kRanks = readonly (string | readonly number[])[];

const RANKS_MODULE = 'gpt-tokenizer/cjs/bpeRanks/o200k_base';

let lastLoaded: WeakRef<O200kRanks> | undefined;

/**
 * Loads the o200k_base rank array for a one-off build and drops it from the require cache, so that once the
 * caller has built its own compact table from it, nothing references the ~200k strings (~20 MB of heap) and
 * GC reclaims them. Two users (routing's token counter, classification's lexicon) each load it once, lazily;
 * a static import would pin it for the life of the process.
 */
export function loadO200kRanks(): O200kRanks {
  // Both users build on the first request; the second gets the array the first loaded if GC has not taken
  // it yet (a weak reference holds nothing), so the 2.4 MB module is usually parsed once, not twice.
  const alive = lastLoaded?.deref();
  if (alive) return alive;
  const id = require.resolve(RANKS_MODULE);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require, unlike an import, can be released
  const ranks = (require(id) as typeof import('gpt-tokenizer/cjs/bpeRanks/o200k_base')).default;
  // The cache and this module's `children` are the loader's only references to the rank module.
  delete require.cache[id];
  const child = module.children.findIndex((m) => m.id === id);
  if (child >= 0) module.children.splice(child, 1);
  lastLoaded = new WeakRef(ranks);
  return ranks;
}
