#!/usr/bin/env node
// Compiles the browser console (console/src, TypeScript ES modules) into console/build, which the gateway
// serves at /console/app/. Runs at `npm install` (prepare), before `npm start` and before the browser tests.
// No bundler and no download: tsc only; uPlot is served straight from node_modules. Like build-if-stale, it
// compiles only when the sources changed since the last build (a content hash), so a start stays fast;
// `--always` compiles regardless.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const out = join(root, 'console', 'build');
const stamp = join(out, '.build-fingerprint');

function fingerprint() {
  const h = createHash('sha256');
  const src = join(root, 'console', 'src');
  const all = readdirSync(src)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .map((f) => join(src, f));
  for (const p of [...all.sort(), join(root, 'console', 'tsconfig.json'), join(root, 'package-lock.json')]) {
    if (existsSync(p)) h.update(relative(root, p)).update('\0').update(readFileSync(p)).update('\0');
  }
  return h.digest('hex');
}

const now = fingerprint();
const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
if (built === now && !process.argv.includes('--always')) process.exit(0);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(tsc)) {
  // An install without dev dependencies: keep whatever build is there (the gateway says when there is none).
  console.log('console: typescript is not installed, not building console/build');
  process.exit(0);
}
rmSync(out, { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'console', 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
writeFileSync(stamp, `${now}\n`);
