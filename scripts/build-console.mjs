#!/usr/bin/env node
// Compiles the browser console (console/src, TypeScript ES modules) into console/build, which the gateway
// serves at /console/app/. Runs at `npm install` (prepare), before `npm start` (build-if-stale) and before
// the browser tests. No bundler and no download: tsc only; uPlot is served straight from node_modules.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
rmSync(join(root, 'console', 'build'), { recursive: true, force: true });
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(tsc)) {
  // An install without dev dependencies: keep whatever build is there (the gateway says when there is none).
  console.log('console: typescript is not installed, not building console/build');
  process.exit(0);
}
const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'console', 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
