import { generateKeyPairSync, createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPKCS8, SignJWT } from 'jose';
import { loadConfig } from '../config/app-config';
import type { TenantsService } from '../tenants/tenants.service';
import { JwtVerifier } from './jwt-verifier';

/** Tokens checked against one PEM public key file (AUTH_JWT_PUBLIC_KEY_FILE), with `jose` doing the checks. */
describe('JwtVerifier with a public key file', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const dir = mkdtempSync(join(tmpdir(), 'jwt-'));
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  writeFileSync(join(dir, 'idp.pem'), pem);
  const cfg = loadConfig({
    AUTH_JWT_PUBLIC_KEY_FILE: join(dir, 'idp.pem'),
    AUTH_JWT_ISSUER: 'https://idp',
    AUTH_JWT_AUDIENCE: 'gw',
    AUTH_JWT_ROLES_CLAIM: 'groups',
    AUTH_JWT_TENANT_CLAIM: 'org',
  });
  const tenants = {
    findTenant: (id: string) =>
      Promise.resolve(id === 't1' ? { id, region: 'us', floor: 'public', monthlyBudgetUsd: null, suspended: false } : null),
  };
  const verifier = new JwtVerifier(cfg, tenants as unknown as TenantsService);
  const sign = async (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('https://idp')
      .setAudience('gw')
      .setExpirationTime('1m')
      .sign(await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'ES256'));

  it('reads roles and tenant from the configured claims, and drops unknown roles', async () => {
    const p = await verifier.verify(await sign({ sub: 'alice', groups: ['security-admin', 'wizard'], org: 't1' }));
    expect(p).toMatchObject({ actor: 'jwt:alice', via: 'jwt', roles: ['security-admin'], tenant: { id: 't1' } });
  });

  it('gives platform scope without the tenant claim', async () => {
    expect((await verifier.verify(await sign({ sub: 'bob', groups: 'platform-auditor' }))).tenant).toBeNull();
  });

  it.each([
    ['no subject', async () => sign({ groups: ['viewer'] })],
    ['an unknown tenant', async () => sign({ sub: 'x', org: 'nope' })],
    [
      'HS256 keyed with the public key text',
      async () => {
        const head = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"sub":"x","iss":"https://idp","aud":"gw","exp":4102444800}').toString('base64url')}`;
        return `${head}.${createHmac('sha256', pem).update(head).digest('base64url')}`;
      },
    ],
  ])('refuses a token with %s (401)', async (_name, make) => {
    await expect(verifier.verify(await make())).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('refuses to start half-configured', () => {
    expect(() => loadConfig({ AUTH_JWT_PUBLIC_KEY_FILE: join(dir, 'idp.pem') })).toThrow(/AUTH_JWT_ISSUER/);
  });
});
