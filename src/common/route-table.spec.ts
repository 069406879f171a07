import { RouteTable } from './route-table';

const layer = (path: unknown, ...methods: string[]) => ({ route: { path, methods: Object.fromEntries(methods.map((m) => [m, true])) } });

describe('RouteTable', () => {
  const table = new RouteTable(() => ({
    stack: [
      {},
      layer('/v1/chat/completions', 'post'),
      layer('/v1/models', 'get'),
      layer('/v1/models/*id', 'get'),
      layer('/v1/audit/entries/:seq/proof', 'get'),
      layer('/admin/keys/:id', 'delete'),
      layer('/admin/keys/:id', 'get'),
      layer('/odd{/:opt}', 'get'),
      layer(/regex/, 'get'),
    ],
  }));

  it.each([
    ['/v1/chat/completions', ['POST']],
    ['/v1/chat/completions/', ['POST']],
    ['/V1/Chat/Completions', ['POST']],
    ['/v1/models', ['GET', 'HEAD']],
    ['/v1/models/sim-local/chat', ['GET', 'HEAD']],
    ['/v1/audit/entries/12/proof', ['GET', 'HEAD']],
    ['/admin/keys/abc', ['DELETE', 'GET', 'HEAD']],
    ['/v1/audit/entries//proof', []],
    ['/v1/chat', []],
    ['/odd', []],
    ['/regex', []],
    ['/v1/chat.completions', []],
  ])('%s answers %j', (path, methods) => {
    expect(table.allowed(path)).toEqual(methods);
  });

  it('reads the router once, on first use', () => {
    let reads = 0;
    const t = new RouteTable(() => {
      reads++;
      return { stack: [layer('/x', 'get')] };
    });
    expect(reads).toBe(0);
    t.allowed('/x');
    t.allowed('/y');
    expect(reads).toBe(1);
  });
});
