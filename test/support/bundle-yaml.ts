import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The demo policy bundle as shipped (policies/default.yaml), the base the e2e specs extend. */
export const DEFAULT_BUNDLE = readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8');

/**
 * One bundle entry: a US vendor without a BAA speaking the OpenAI API at `baseUrl` (an upstream the test
 * runs), with one chat model. Indented for the bundle's `providers:` list; no trailing newline.
 */
export function vendorProvider(id: string, baseUrl: string, model = 'm'): string {
  return `  - id: ${id}
    kind: openai-compatible
    baseUrl: ${baseUrl}
    hosting: vendor
    regions: [us-east-1]
    baa: false
    attestationsValidUntil: 2027-12-31
    models:
      - { id: ${model}, inputUsdPerMTok: 0.50, outputUsdPerMTok: 1.00, contextWindow: 128000, capabilities: [chat] }`;
}

/** The demo bundle with extra providers and routes inserted before its tenants and its familiar model names. */
export function demoBundleWith(providers: string, routes: string): string {
  return DEFAULT_BUNDLE.replace('# Seed tenants', `${providers}\n\n# Seed tenants`).replace(
    '# Familiar model names',
    `${routes}\n\n# Familiar model names`,
  );
}
