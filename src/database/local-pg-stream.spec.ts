import { EventEmitter } from 'node:events';
import type { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { LocalPgStream } from './local-pg-stream';

/** A stand-in for pglite-socket's handler: records what it is sent, answers through the end it attached to. */
function fakeHandler() {
  const seen: Buffer[] = [];
  let end: (EventEmitter & { write(d: Uint8Array): boolean; end(): void }) | null = null;
  const detached: boolean[] = [];
  const attach = (e: unknown): PGLiteSocketHandler => {
    end = e as NonNullable<typeof end>;
    (e as EventEmitter).on('data', (d: Buffer) => seen.push(d));
    return { detach: async (close?: boolean) => (detached.push(close ?? false), undefined) } as unknown as PGLiteSocketHandler;
  };
  return { attach, seen, detached, server: () => end as NonNullable<typeof end> };
}

const closed = (s: LocalPgStream) => new Promise<void>((r) => s.once('close', () => r()));

describe('LocalPgStream', () => {
  it('connects on the next tick and carries bytes both ways in memory', async () => {
    const h = fakeHandler();
    const s = new LocalPgStream(h.attach);
    const connected = new Promise<void>((r) => s.once('connect', () => r()));
    s.connect();
    await connected;
    const got: Buffer[] = [];
    s.on('data', (d: Buffer) => got.push(d));
    s.write(Buffer.from('Q-message'));
    h.server().write(Buffer.from('answer'));
    await new Promise((r) => setImmediate(r));
    expect(Buffer.concat(h.seen).toString()).toBe('Q-message');
    expect(Buffer.concat(got).toString()).toBe('answer');
    s.destroy();
    expect(h.detached).toEqual([false]);
  });

  it('closes as a whole when the server end closes, so pg sees the connection end instead of waiting', async () => {
    const h = fakeHandler();
    const s = new LocalPgStream(h.attach);
    s.connect();
    s.on('data', () => undefined);
    const done = closed(s);
    h.server().end();
    await done;
    expect(s.destroyed).toBe(true);
    expect(h.detached).toEqual([false]); // and the handler let go of its queue
  });

  it('detaches the handler when pg ends the connection', async () => {
    const h = fakeHandler();
    const s = new LocalPgStream(h.attach);
    s.connect();
    s.resume();
    const done = closed(s);
    s.end();
    await done;
    expect(h.detached).toEqual([false]);
  });
});
