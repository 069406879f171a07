import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK, type JWTPayload, type KeyLike } from 'jose';

export interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256' | 'EdDSA';
  privateKey: KeyLike;
  publicJwk: JWK;
  publicPem: string;
}

export async function newSigningKey(kid: string, alg: SigningKey['alg'] = 'RS256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519' } : {});
  return {
    kid,
    alg,
    privateKey,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' },
    publicPem: await exportSPKI(publicKey),
  };
}

/** An identity provider's JWKS endpoint on loopback; `publish` swaps the served keys (rotation). */
export class JwksServer {
  private keys: SigningKey[] = [];
  private server: Server | null = null;
  fetches = 0;

  async start(keys: SigningKey[]): Promise<string> {
    this.keys = keys;
    this.server = createServer((req, res) => {
      this.fetches++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: this.keys.map((k) => k.publicJwk) }));
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks.json`;
  }

  publish(keys: SigningKey[]): void {
    this.keys = keys;
  }

  async close(): Promise<void> {
    await new Promise((r) => this.server?.close(r));
  }
}

export interface TokenOptions {
  issuer: string;
  audience: string;
  expiresIn?: string | number;
  kid?: string | null;
}

/** A signed access token with these claims. */
export function signToken(key: SigningKey, claims: JWTPayload, o: TokenOptions): Promise<string> {
  const header = o.kid === null ? { alg: key.alg } : { alg: key.alg, kid: o.kid ?? key.kid };
  return new SignJWT(claims)
    .setProtectedHeader(header)
    .setIssuer(o.issuer)
    .setAudience(o.audience)
    .setIssuedAt()
    .setExpirationTime(o.expiresIn ?? '5m')
    .sign(key.privateKey);
}
