import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signToken, type SigningKey } from './jwks-server';

/** The person the provider signs in without asking (auto-consent): subject, roles and optional tenant. */
export interface TestUser {
  sub: string;
  roles: string[];
  tenant?: string;
}

export interface TestOidcOptions {
  key: SigningKey;
  clientId: string;
  /** The audience of the access tokens it issues (the gateway's AUTH_JWT_AUDIENCE). */
  audience: string;
  user: TestUser;
}

interface Grant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string;
  user: TestUser;
  used: boolean;
}

/**
 * A minimal OpenID provider on 127.0.0.1 for tests: discovery, JWKS, `/authorize` that signs `user` in at
 * once and redirects back with a code, `/token` that checks the PKCE verifier against the S256 challenge
 * (RFC 7636 §4.6) and returns a signed access token (audience = the gateway's) and id_token (audience =
 * the client id, with the nonce), and `/logout`. Codes are single-use and expire after a minute. `events`
 * records what happened, for assertions.
 */
export class TestOidcProvider {
  private server: Server | null = null;
  private readonly grants = new Map<string, Grant & { at: number }>();
  issuer = '';
  user: TestUser;
  /** The only redirect URI registered for the client (exact match, as real providers do); set once the gateway runs. */
  redirectUri = '';
  /** The browser origin allowed by CORS on discovery, JWKS and token. */
  allowedOrigin = '';
  /**
   * When set, the next `/authorize` does not redirect: it answers 200 and keeps the redirect (with the code)
   * in `held`, so a test can tamper with the browser's state before following it.
   */
  holdNext = false;
  held: string | null = null;
  readonly events: { endpoint: string; status: number; error?: string }[] = [];

  constructor(private readonly o: TestOidcOptions) {
    this.user = o.user;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => this.send(res, 'internal', 500, { error: 'server_error' }));
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.issuer;
  }

  /** Registers the console of the gateway at `gatewayUrl` as the client: redirect URI `<gateway>/console/`, CORS for its origin. */
  registerConsole(gatewayUrl: string): void {
    this.redirectUri = `${gatewayUrl}/console/`;
    this.allowedOrigin = new URL(gatewayUrl).origin;
  }

  get tokenRequests(): number {
    return this.events.filter((e) => e.endpoint === 'token').length;
  }

  async close(): Promise<void> {
    await new Promise((r) => this.server?.close(r));
  }

  private send(res: ServerResponse, endpoint: string, status: number, body: unknown, cors = false): void {
    this.events.push({ endpoint, status, ...(status >= 400 ? { error: String((body as { error?: string }).error) } : {}) });
    if (cors) {
      res.setHeader('access-control-allow-origin', this.allowedOrigin);
      res.setHeader('vary', 'origin');
    }
    res.setHeader('cache-control', 'no-store');
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private redirect(res: ServerResponse, endpoint: string, to: string): void {
    this.events.push({ endpoint, status: 302 });
    res.writeHead(302, { location: to, 'cache-control': 'no-store' });
    res.end();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.issuer);
    const q = url.searchParams;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': this.allowedOrigin,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type, accept',
      });
      res.end();
      return;
    }
    switch (url.pathname) {
      case '/.well-known/openid-configuration':
        return this.send(
          res,
          'discovery',
          200,
          {
            issuer: this.issuer,
            authorization_endpoint: `${this.issuer}/authorize`,
            token_endpoint: `${this.issuer}/token`,
            jwks_uri: `${this.issuer}/jwks.json`,
            end_session_endpoint: `${this.issuer}/logout`,
            response_types_supported: ['code'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: [this.o.key.alg],
            code_challenge_methods_supported: ['S256'],
            grant_types_supported: ['authorization_code'],
            token_endpoint_auth_methods_supported: ['none'],
          },
          true,
        );
      case '/jwks.json':
        return this.send(res, 'jwks', 200, { keys: [this.o.key.publicJwk] }, true);
      case '/authorize': {
        const redirectUri = q.get('redirect_uri');
        // An unregistered redirect URI or client is never redirected to (RFC 6749 §4.1.2.1).
        if (q.get('client_id') !== this.o.clientId || redirectUri !== this.redirectUri)
          return this.send(res, 'authorize', 400, { error: 'invalid_request' });
        const back = new URL(redirectUri);
        const state = q.get('state');
        if (state !== null) back.searchParams.set('state', state);
        const challenge = q.get('code_challenge');
        if (q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !challenge || !q.get('nonce')) {
          back.searchParams.set('error', 'invalid_request');
          return this.redirect(res, 'authorize', back.href);
        }
        const code = randomBytes(24).toString('base64url');
        this.grants.set(code, {
          clientId: this.o.clientId,
          redirectUri,
          challenge,
          nonce: q.get('nonce') as string,
          user: this.user,
          used: false,
          at: Date.now(),
        });
        back.searchParams.set('code', code);
        if (this.holdNext) {
          this.holdNext = false;
          this.held = back.href;
          this.events.push({ endpoint: 'authorize', status: 200 });
          res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
          res.end('Signed in at the test provider (held).');
          return;
        }
        return this.redirect(res, 'authorize', back.href);
      }
      case '/token': {
        if (req.method !== 'POST') return this.send(res, 'token', 405, { error: 'invalid_request' }, true);
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        const f = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const code = f.get('code') ?? '';
        const g = this.grants.get(code);
        if (f.get('grant_type') !== 'authorization_code') return this.send(res, 'token', 400, { error: 'unsupported_grant_type' }, true);
        if (!g || g.used || Date.now() - g.at > 60_000) return this.send(res, 'token', 400, { error: 'invalid_grant' }, true);
        g.used = true;
        if (f.get('client_id') !== g.clientId || f.get('redirect_uri') !== g.redirectUri)
          return this.send(res, 'token', 400, { error: 'invalid_grant' }, true);
        const verifier = f.get('code_verifier') ?? '';
        const derived = createHash('sha256').update(verifier, 'ascii').digest('base64url');
        if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || derived !== g.challenge)
          return this.send(res, 'token', 400, { error: 'invalid_grant', error_description: 'PKCE verification failed' }, true);
        const claims = { sub: g.user.sub, roles: g.user.roles, ...(g.user.tenant ? { tenant: g.user.tenant } : {}) };
        const access = await signToken(
          this.o.key,
          { ...claims, scope: 'openid profile' },
          { issuer: this.issuer, audience: this.o.audience, expiresIn: '10m' },
        );
        const id = await signToken(
          this.o.key,
          { ...claims, nonce: g.nonce },
          { issuer: this.issuer, audience: g.clientId, expiresIn: '10m' },
        );
        return this.send(res, 'token', 200, { access_token: access, id_token: id, token_type: 'Bearer', expires_in: 600 }, true);
      }
      case '/logout': {
        const to = q.get('post_logout_redirect_uri');
        if (q.get('client_id') !== this.o.clientId || to !== this.redirectUri)
          return this.send(res, 'logout', 400, { error: 'invalid_request' });
        return this.redirect(res, 'logout', to);
      }
      default:
        return this.send(res, 'unknown', 404, { error: 'not_found' });
    }
  }
}
