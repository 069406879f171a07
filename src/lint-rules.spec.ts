import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The dependency rules of ARCHITECTURE.md are enforced by lint: libs stay pure and import only @libs/core. */
function lint(filePath: string, code: string): string {
  const root = join(__dirname, '..');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  return r.stdout + r.stderr;
}

describe('lint: libs dependency rules', () => {
  it.each([
    ["import { Pool } from 'pg';\nexport const x = Pool;\n", 'libs are pure'],
    ["import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n", 'libs are pure'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'libs are pure'],
    ["import { evaluate } from '@libs/policy';\nexport const x = evaluate;\n", 'libs import only @libs/core'],
    ['export const x = process.env.HOME;\n', 'libs never read process'],
  ])('refuses %p in a lib', (code, message) => {
    expect(lint('libs/routing/zz-lint-probe.ts', code)).toContain(message);
  }, 30_000);

  it('allows @libs/core in a lib, and anything in src', () => {
    expect(lint('libs/routing/zz-lint-probe.ts', "import { GatewayError } from '@libs/core';\nexport const x = GatewayError;\n")).not.toMatch(/error/i);
    expect(lint('src/zz-lint-probe.ts', "import { Pool } from 'pg';\nexport const x = [Pool, process.env.HOME];\n")).not.toMatch(/error/i);
  }, 30_000);
});
