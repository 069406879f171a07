import { setFlagsFromString } from 'node:v8';

/*
 * Imported first by main.ts, so that it runs before the gateway's modules load: loading them (Nest,
 * the classifier's vocabularies, the policy) is where the young generation grew to its maximum.
 */

/**
 * Keeps the young generation at its initial size while the gateway loads (modules, vocabularies, policy,
 * demo seeding): those objects live for the whole process, so growing the young generation for them only
 * leaves it large and empty afterwards. `releaseYoungGeneration` restores V8's growth for request traffic,
 * where a large young generation is what keeps garbage collection cheap (README: `--max-semi-space-size`).
 */
export function holdYoungGeneration(nodeFlags: readonly string[] = nodeCommandFlags()): () => void {
  // An operator who set the growth factor chose it; leave it alone.
  if (nodeFlags.some((f) => /^--semi[-_]space[-_]growth[-_]factor\b/.test(f))) return () => undefined;
  setFlagsFromString('--semi-space-growth-factor=1');
  return () => setFlagsFromString('--semi-space-growth-factor=2'); // V8's default
}

function nodeCommandFlags(): string[] {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
}

/** Called once the gateway has loaded, before it listens. */
export const releaseYoungGeneration = holdYoungGeneration();
