import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The dependency rules of ARCHITECTURE.md are enforced by lint (eslint.config.mjs, eslint-rules/): libs import
 * only an allow-list. Probe snippets are linted as if they lived at the given paths, all in one ESLint run
 * (the ESLint API in a child process: the flat config is ESM, which jest's CommonJS runtime cannot load).
 */
interface Probe {
  file: string;
  code: string;
}

const root = join(__dirname, '..');
const LINT_ALL = `
const { ESLint } = require('eslint');
const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const p of probes) {
    const [result] = await eslint.lintText(p.code, { filePath: p.file });
    out.push(result.messages.map((m) => (m.ruleId ?? 'fatal') + ': ' + m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lintAll(probes: readonly Probe[]): string[][] {
  const r = spawnSync(process.execPath, ['-e', LINT_ALL], { cwd: root, input: JSON.stringify(probes), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`eslint probe run failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}

const LIB = 'libs/routing/zz-lint-probe.ts';
const use = (spec: string) => `import * as m from '${spec}';\nexport const x = m;\n`;

const refused: [name: string, probe: Probe, message: string][] = [
  ['pg', { file: LIB, code: use('pg') }, '"pg" is not on the libs allow-list'],
  ['node:fs', { file: LIB, code: use('node:fs') }, '"node:fs" is a Node built-in'],
  ['bare fs', { file: LIB, code: use('fs') }, '"fs" is a Node built-in'],
  ['node:http', { file: LIB, code: use('node:http') }, '"node:http" is a Node built-in'],
  ['undici', { file: LIB, code: use('undici') }, '"undici" is not on the libs allow-list'],
  ['undici types', { file: LIB, code: "import type { Dispatcher } from 'undici';\nexport type X = Dispatcher;\n" }, '"undici" is not on'],
  ['@nestjs/common', { file: LIB, code: use('@nestjs/common') }, '"@nestjs/common" is not on the libs allow-list'],
  ['a src path', { file: LIB, code: use('../../src/config/app-config') }, 'libs never import src/'],
  ['a bare src path', { file: LIB, code: use('src/config/app-config') }, 'is a path, not a package'],
  ['another lib', { file: LIB, code: use('@libs/policy') }, 'libs import only @libs/core'],
  ['another lib, relatively', { file: LIB, code: use('../policy') }, '"../policy" leaves libs/routing'],
  ['any lib from core', { file: 'libs/core/zz-lint-probe.ts', code: use('@libs/auth') }, 'libs/core imports nothing internal'],
  ['require', { file: LIB, code: "export const fs: unknown = require('node:fs');\n" }, '"node:fs" is a Node built-in'],
  ['a dynamic import', { file: LIB, code: "export const pg = import('pg');\n" }, '"pg" is not on the libs allow-list'],
  ['a re-export', { file: LIB, code: "export * from 'typeorm';\n" }, '"typeorm" is not on the libs allow-list'],
  ['a test helper', { file: 'libs/providers/zz-lint-probe.ts', code: use('./shared/fake-transport.testing') }, 'is a test helper'],
  ['process', { file: LIB, code: 'export const x = process.env.HOME;\n' }, 'libs never read process'],
  ['fetch', { file: LIB, code: "export const x = fetch('http://example.invalid');\n" }, 'HttpTransport port'],
];

const allowed: [name: string, probe: Probe][] = [
  ['zod', { file: LIB, code: use('zod') }],
  ['node:crypto', { file: LIB, code: use('node:crypto') }],
  ['@libs/core', { file: LIB, code: use('@libs/core') }],
  ['a relative sibling', { file: LIB, code: use('./breaker') }],
  [
    'a relative path deep inside its own lib',
    { file: 'libs/classification/detectors/ner/zz-lint-probe.ts', code: use('../../data/notable-people') },
  ],
  ['a subpath of an allowed package', { file: LIB, code: use('gpt-tokenizer/cjs/encodingParams/constants') }],
  ['other libs from libs/pipeline', { file: 'libs/pipeline/zz-lint-probe.ts', code: use('@libs/policy') }],
  ['a server in a lib spec', { file: 'libs/routing/zz-lint-probe.spec.ts', code: use('node:http') }],
  ['anything in src', { file: 'src/zz-lint-probe.ts', code: "import { Pool } from 'pg';\nexport const x = [Pool, process.env.HOME];\n" }],
];

describe('lint: libs dependency rules', () => {
  let results: string[][];
  beforeAll(() => {
    results = lintAll([...refused.map(([, p]) => p), ...allowed.map(([, p]) => p)]);
  }, 60_000);

  it.each(refused.map(([name, , message], i) => [name, message, i] as const))('refuses %s in a lib', (_name, message, i) => {
    expect(results[i]?.join('\n')).toContain(message);
  });

  it.each(allowed.map(([name], i) => [name, refused.length + i] as const))('allows %s', (_name, i) => {
    expect(results[i]).toEqual([]);
  });
});
