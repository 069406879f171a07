import { generateApiKey } from '@libs/auth';
import type { TenantsRepository } from './tenants.repository';
import { KEY_CACHE_MS, KEY_REFRESH_AHEAD_MS, TenantsService } from './tenants.service';

/** A repository whose key lookups wait until the test releases them, counting each one. */
function fakeRepository(key: ReturnType<typeof generateApiKey>) {
  const state = { lookups: 0, revoked: false, release: [] as (() => void)[] };
  const repo = {
    findKey: async () => {
      state.lookups++;
      await new Promise<void>((resolve) => state.release.push(resolve));
      const tenant = { id: 't1', region: 'us', floor: 'public', monthlyBudgetUsd: null, suspended: false, tier: null, timeZone: null };
      const stored = {
        keyId: key.keyId,
        tenantId: 't1',
        roles: ['invoke'],
        secretHash: key.secretHash,
        revoked: state.revoked,
        expiresAt: null,
      };
      return { key: stored, tenant };
    },
  } as unknown as TenantsRepository;
  const releaseAll = () => state.release.splice(0).forEach((r) => r());
  return { repo, state, releaseAll };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** The key's first request, its lookup let through: the key is cached from here. */
async function warmed(svc: TenantsService, token: string, releaseAll: () => void): Promise<void> {
  const first = svc.authenticate(token);
  await flush();
  releaseAll();
  await first;
}

describe('TenantsService key cache', () => {
  let now: number;
  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  it('shares one lookup between concurrent requests with a cold key', async () => {
    const key = generateApiKey();
    const { repo, state, releaseAll } = fakeRepository(key);
    const svc = new TenantsService(repo);
    const both = Promise.all([svc.authenticate(key.token), svc.authenticate(key.token)]);
    await flush();
    releaseAll();
    const [a, b] = await both;
    expect(a.keyId).toBe(key.keyId);
    expect(b).toBe(a);
    expect(state.lookups).toBe(1);
  });

  it('refreshes a busy key in the background near expiry, without making the request wait', async () => {
    const key = generateApiKey();
    const { repo, state, releaseAll } = fakeRepository(key);
    const svc = new TenantsService(repo);
    await warmed(svc, key.token, releaseAll);
    now += KEY_CACHE_MS - KEY_REFRESH_AHEAD_MS + 1;
    // The lookup it starts is held open: the request must still resolve from the cached entry.
    await expect(svc.authenticate(key.token)).resolves.toMatchObject({ keyId: key.keyId });
    expect(state.lookups).toBe(2);
    await svc.authenticate(key.token); // joins nothing new while that refresh is under way
    expect(state.lookups).toBe(2);
    releaseAll();
  });

  it('still refuses a revoked key once the cached entry has expired', async () => {
    const key = generateApiKey();
    const { repo, state, releaseAll } = fakeRepository(key);
    const svc = new TenantsService(repo);
    await warmed(svc, key.token, releaseAll);
    state.revoked = true;
    now += KEY_CACHE_MS + 1;
    const after = svc.authenticate(key.token);
    await flush();
    releaseAll();
    await expect(after).rejects.toMatchObject({ code: 'unauthorized' });
  });
});
