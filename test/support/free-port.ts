import { createServer } from 'node:net';

/** Binds `port` on loopback (0: any) and releases it; the port bound, or null when it was taken. */
function bindOnce(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(null));
    s.listen(port, '127.0.0.1', () => {
      const bound = (s.address() as { port: number }).port;
      s.close(() => resolve(bound));
    });
  });
}

/** A loopback port free right now (for a child gateway or an embedded database the test starts). */
export async function freePort(): Promise<number> {
  const port = await bindOnce(0);
  if (port === null) throw new Error('no free loopback port');
  return port;
}

/**
 * A free loopback port below the kernel's ephemeral range (32768 and up on Linux), for a process started
 * beside others that bind port 0: a port from `freePort` is released before its user binds it, and an
 * ephemeral bind elsewhere (a demo's simulators, an outgoing connection) may take it meanwhile.
 */
export async function freeStaticPort(): Promise<number> {
  for (;;) {
    const port = await bindOnce(20000 + Math.floor(Math.random() * 12000));
    if (port !== null) return port;
  }
}
