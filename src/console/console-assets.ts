import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The console's files (issue 18): `console/index.html` and `console/console.css` as committed, the browser
 * modules compiled from `console/src` into `console/build` (at `npm install`, `npm start` and before the
 * browser tests), and uPlot from node_modules. Served from this fixed list only: a request names a file
 * in it or gets 404, so no path from the URL ever reaches the file system.
 */
export interface ConsoleAsset {
  type: string;
  body: Buffer;
}

/**
 * Same-origin everything, no inline script or style (the pages have none), no framing, no plugins. No
 * `upgrade-insecure-requests`: the embedded demo is plain HTTP on loopback. With SSO configured, scripts may
 * also connect to the identity provider's origin (discovery and the token endpoint) and nothing else; the
 * sign-in itself is a top-level navigation (`location.assign`), which `connect-src`/`form-action` do not govern.
 */
export function consoleCsp(issuerOrigin: string | null = null): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    issuerOrigin ? `connect-src 'self' ${issuerOrigin}` : "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The CSP without SSO. */
export const CONSOLE_CSP = consoleCsp();

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The repository root: the nearest folder above `from` holding console/index.html (src/ or dist/src/ alike). */
export function consoleRoot(from: string = __dirname): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'console', 'index.html')) && existsSync(join(dir, 'package.json'))) return join(dir, 'console');
    if (dirname(dir) === dir) return null;
  }
}

function uplotDir(): string | null {
  try {
    return join(dirname(require.resolve('uplot/package.json')), 'dist');
  } catch {
    return null;
  }
}

/** URL path under /console -> file. Read once: the files do not change while the gateway runs. */
export function loadConsoleAssets(root: string | null = consoleRoot()): Map<string, ConsoleAsset> {
  const assets = new Map<string, ConsoleAsset>();
  if (!root) return assets;
  const add = (url: string, file: string, type: string) => {
    if (existsSync(file)) assets.set(url, { type, body: readFileSync(file) });
  };
  add('index.html', join(root, 'index.html'), 'text/html; charset=utf-8');
  add('console.css', join(root, 'console.css'), CSS);
  const build = join(root, 'build');
  if (existsSync(build)) {
    for (const f of readdirSync(build)) if (/^[a-z0-9-]+\.js$/.test(f)) add(`app/${f}`, join(build, f), JS);
  }
  const uplot = uplotDir();
  if (uplot) {
    add('vendor/uplot.js', join(uplot, 'uPlot.iife.min.js'), JS);
    add('vendor/uplot.css', join(uplot, 'uPlot.min.css'), CSS);
  }
  return assets;
}
