import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
/** Larger startup packets are refused (PostgreSQL's own limit is 10,000 bytes). */
const MAX_STARTUP = 10000;
/** A client that does not finish authenticating in this time is dropped. */
const AUTH_TIMEOUT_MS = 10000;

const md5 = (s: string | Buffer): string => createHash('md5').update(s).digest('hex');

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`, 'utf8');
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

function startupParams(msg: Buffer): Map<string, string> {
  const parts = msg.subarray(8).toString('utf8').split('\0');
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length && parts[i] !== ''; i += 2) out.set(parts[i] as string, parts[i + 1] as string);
  return out;
}

/**
 * A password check in front of a server that has none (PGlite): it answers the SSL/GSS probes with 'N',
 * reads the startup packet, asks for an MD5 password (AuthenticationMD5Password with a fresh salt), and
 * only for a known user with the right password connects to the real server, replays the startup packet
 * and becomes a byte pipe. Everything else gets a FATAL ErrorResponse and is closed; no byte of an
 * unauthenticated client ever reaches the database.
 */
export class PgAuthFront {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    /** user -> password */
    private readonly users: ReadonlyMap<string, string>,
    /** Where authenticated connections go (a Unix socket path). */
    private readonly target: string,
  ) {}

  async listen(port: number, host: string): Promise<number> {
    const server = createServer((s) => this.accept(s));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', () => undefined);
    const addr = server.address();
    return typeof addr === 'object' && addr ? addr.port : port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    const srv = this.server;
    this.server = null;
    if (srv) await new Promise<void>((resolve) => srv.close(() => resolve()));
  }

  private track(s: Socket): void {
    this.sockets.add(s);
    s.on('error', () => s.destroy());
    s.on('close', () => this.sockets.delete(s));
  }

  private accept(client: Socket): void {
    this.track(client);
    client.setTimeout(AUTH_TIMEOUT_MS, () => client.destroy());
    let buf = Buffer.alloc(0);
    let startup: Buffer | null = null;
    let user = '';
    let salt = Buffer.alloc(0);
    const fail = (code: string, message: string): void => {
      client.removeListener('data', onData);
      client.end(errorResponse(code, message));
    };
    const onData = (chunk: Buffer): void => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (!startup) {
          if (buf.length < 8) return;
          const len = buf.readInt32BE(0);
          const code = buf.readInt32BE(4);
          if (len < 8 || len > MAX_STARTUP) return fail('08P01', 'invalid startup packet');
          if (buf.length < len) return;
          const msg = buf.subarray(0, len);
          buf = buf.subarray(len);
          if (len === 8 && (code === SSL_REQUEST || code === GSSENC_REQUEST)) {
            client.write('N');
            continue;
          }
          if (code === CANCEL_REQUEST) return void client.destroy(); // PGlite cannot cancel
          if (code !== PROTOCOL_3) return fail('08P01', 'unsupported protocol version');
          user = startupParams(msg).get('user') ?? '';
          if (!this.users.has(user)) return fail('28P01', `password authentication failed for user "${user}"`);
          startup = Buffer.from(msg);
          salt = randomBytes(4);
          const ask = Buffer.alloc(13);
          ask.write('R', 0);
          ask.writeInt32BE(12, 1);
          ask.writeInt32BE(5, 5);
          salt.copy(ask, 9);
          client.write(ask);
          continue;
        }
        if (buf.length < 5) return;
        const len = buf.readInt32BE(1);
        if (buf[0] !== 0x70 || len < 5 || len > MAX_STARTUP) return fail('08P01', 'expected a password message');
        if (buf.length < 1 + len) return;
        const given = buf.subarray(5, 1 + len - 1);
        const rest = buf.subarray(1 + len);
        const password = this.users.get(user) as string;
        const hashed = Buffer.from(`md5${md5(Buffer.concat([Buffer.from(md5(password + user)), salt]))}`);
        const ok = given.length === hashed.length && timingSafeEqual(given, hashed);
        if (!ok) return fail('28P01', `password authentication failed for user "${user}"`);
        client.removeListener('data', onData);
        client.setTimeout(0);
        return this.pipe(client, startup, rest);
      }
    };
    client.on('data', onData);
  }

  private pipe(client: Socket, startup: Buffer, rest: Buffer): void {
    client.pause();
    const upstream = connect(this.target);
    this.track(upstream);
    upstream.on('connect', () => {
      upstream.write(Buffer.concat([startup, rest]));
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }
}
