import { consoleCsp } from '../console/console-assets';
import { ConfigError, loadConfig } from './app-config';

/** AUTH_OIDC_CLIENT_ID: the console's SSO needs the API's JWT settings and an issuer URL; the CSP then adds its origin only. */
describe('console SSO config', () => {
  const jwt = {
    AUTH_JWT_ISSUER: 'https://idp.example.com/realms/acme',
    AUTH_JWT_AUDIENCE: 'llm-gateway',
    AUTH_JWT_JWKS_URL: 'https://idp.example.com/realms/acme/protocol/openid-connect/certs',
  };

  it('is off without a client id', () => {
    expect(loadConfig({ ...jwt }).oidc).toBeNull();
  });

  it('takes issuer and audience from the JWT settings, scopes defaulting to openid profile', () => {
    expect(loadConfig({ ...jwt, AUTH_OIDC_CLIENT_ID: 'gw-console' }).oidc).toEqual({
      issuer: jwt.AUTH_JWT_ISSUER,
      issuerOrigin: 'https://idp.example.com',
      clientId: 'gw-console',
      scopes: 'openid profile',
      audience: 'llm-gateway',
    });
    expect(loadConfig({ ...jwt, AUTH_OIDC_CLIENT_ID: 'c', AUTH_OIDC_SCOPES: 'openid gateway roles' }).oidc?.scopes).toBe(
      'openid gateway roles',
    );
  });

  it('refuses to start half-configured', () => {
    expect(() => loadConfig({ AUTH_OIDC_CLIENT_ID: 'gw-console' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...jwt, AUTH_JWT_ISSUER: 'acme-idp', AUTH_OIDC_CLIENT_ID: 'c' })).toThrow(/issuer URL/);
    expect(() => loadConfig({ ...jwt, AUTH_JWT_ISSUER: 'ftp://idp.example.com', AUTH_OIDC_CLIENT_ID: 'c' })).toThrow(/http/);
    expect(() => loadConfig({ ...jwt, AUTH_OIDC_CLIENT_ID: 'c', AUTH_OIDC_SCOPES: 'profile email' })).toThrow(/openid/);
    expect(() => loadConfig({ ...jwt, AUTH_OIDC_CLIENT_ID: 'has space' })).toThrow(/AUTH_OIDC_CLIENT_ID/);
  });

  it('lets the console connect to the issuer origin only when SSO is configured', () => {
    expect(consoleCsp()).toContain("connect-src 'self'; ");
    expect(consoleCsp('https://idp.example.com')).toContain("connect-src 'self' https://idp.example.com; ");
    expect(consoleCsp('https://idp.example.com').match(/https:/g)).toHaveLength(1);
  });
});

describe('GATEWAY_DRIFT_INTERVAL', () => {
  it('takes durations up to what a Node timer can wait, and refuses longer ones (they would fire every millisecond)', () => {
    expect(loadConfig({ GATEWAY_DRIFT_INTERVAL: '6h' }).driftIntervalMs).toBe(21_600_000);
    expect(loadConfig({ GATEWAY_DRIFT_INTERVAL: '24d' }).driftIntervalMs).toBe(2_073_600_000);
    expect(() => loadConfig({ GATEWAY_DRIFT_INTERVAL: '30d' })).toThrow(ConfigError);
  });
});
