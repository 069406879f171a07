/** The parts of an Express 5 router layer this reads (`app.router.stack`). */
export interface ExpressRouter {
  stack?: readonly RouterLayer[];
}

interface RouterLayer {
  route?: { path?: unknown; methods?: Record<string, boolean> };
}

/**
 * Which methods each registered path answers, so that a request with a known path and an unknown method
 * is a 405 with `Allow`, not a 404. Filled once after the app is initialised, from Express's own route
 * table: paths are literal segments, `:param` segments and a final `*param` (what Nest registers); anything fancier is
 * left out, and then such a path simply answers 404 as before.
 */
export class RouteTable {
  private routes: Array<{ re: RegExp; methods: Set<string> }> | null = null;

  /** `router` is read on first use, once the app has registered its routes. */
  constructor(private readonly router: () => ExpressRouter | undefined) {}

  private load(): Array<{ re: RegExp; methods: Set<string> }> {
    const router = this.router();
    const byPath = new Map<string, Set<string>>();
    for (const layer of router?.stack ?? []) {
      const path = layer.route?.path;
      const methods = layer.route?.methods;
      if (typeof path !== 'string' || !methods || /[{}()?+]|\*(?!\w+$)/.test(path)) continue;
      const set = byPath.get(path) ?? new Set<string>();
      for (const [m, on] of Object.entries(methods)) if (on && m !== '_all') set.add(m.toUpperCase());
      byPath.set(path, set);
    }
    return [...byPath].map(([path, methods]) => {
      if (methods.has('GET')) methods.add('HEAD'); // Express answers HEAD wherever it answers GET
      const pattern = path
        .replace(/\/+$/, '')
        .split('/')
        .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.startsWith('*') ? '.+' : seg.replace(/[.\\^$|[\]]/g, '\\$&')))
        .join('/');
      return { re: new RegExp(`^${pattern}/?$`, 'i'), methods };
    });
  }

  /** The methods `path` answers, sorted; empty when no route has this path. */
  allowed(path: string): string[] {
    const out = new Set<string>();
    this.routes ??= this.load();
    for (const r of this.routes) if (r.re.test(path)) for (const m of r.methods) out.add(m);
    return [...out].sort();
  }
}
