#!/usr/bin/env node
// `npm start` runs this first: it builds (nest build) only when the compiled sources changed since the last
// build, so a start with a current build takes no compile time. The fingerprint is a hash of the content of
// every file the build reads (not mtimes: a checkout or a copy changes those without changing anything).
// `--always` builds regardless (npm run build) and records the fingerprint too.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const stamp = join(root, 'dist', '.build-fingerprint');
const inputs = ['src', 'libs', 'migrations'];
const files = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'];

function* tsFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(p);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) yield p;
  }
}

function fingerprint() {
  const h = createHash('sha256');
  const all = [...inputs.flatMap((d) => [...tsFiles(join(root, d))]), ...files.map((f) => join(root, f))].sort();
  for (const p of all) {
    if (!existsSync(p)) continue;
    h.update(relative(root, p)).update('\0').update(readFileSync(p)).update('\0');
  }
  return h.digest('hex');
}

const now = fingerprint();
const built = existsSync(stamp) && existsSync(join(root, 'dist/src/main.js')) ? readFileSync(stamp, 'utf8').trim() : '';
if (built === now && !process.argv.includes('--always')) {
  console.log('build is current (sources unchanged): starting without compiling');
  process.exit(0);
}
console.log(built ? 'sources changed since the last build: building…' : 'no build yet: building…');
const r = spawnSync(process.execPath, [join(root, 'node_modules/@nestjs/cli/bin/nest.js'), 'build'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
writeFileSync(stamp, `${now}\n`);
