import { createServer } from 'node:net';

/** A loopback port free right now (for a child gateway or an embedded database the test starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * A free loopback port below the kernel's ephemeral range (32768 and up on Linux), for a process started
 * beside others that bind port 0: a port from `freePort` is released before its user binds it, and an
 * ephemeral bind elsewhere (a demo's simulators, an outgoing connection) may take it meanwhile.
 */
export async function freeStaticPort(): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    const ok = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (ok) return port;
  }
}
