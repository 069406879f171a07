import fc from 'fast-check';
import {
  delegationRefusal,
  isGranted,
  permissionsOf,
  permits,
  ROLES,
  scopeCovers,
  type Authority,
  type Permission,
  type Role,
} from './roles';

const platform = (...roles: Role[]): Authority => ({ roles, tenant: null });
const tenant = (t: string, ...roles: Role[]): Authority => ({ roles, tenant: t });

describe('roles and scopes (SPEC §8)', () => {
  it.each<[Role, Permission, boolean]>([
    ['invoke', 'chat:invoke', true],
    ['compliance-officer', 'chat:invoke', false],
    ['compliance-officer', 'audit:read', true],
    ['policy-author', 'policy:approve', false],
    ['policy-approver', 'policy:approve', true],
    ['security-admin', 'keys:admin', true],
    ['security-admin', 'providers:read', false],
    ['platform-auditor', 'audit:read', true],
    ['platform-auditor', 'keys:admin', false],
    ['platform-admin', 'policy:approve', true],
    ['viewer', 'audit:read', false],
  ])('%s holds %s: %s', (role, permission, expected) => expect(isGranted(role, permission)).toBe(expected));

  it('a tenant scope covers its own tenant only; the platform scope covers every tenant and platform objects', () => {
    expect(scopeCovers('a', 'a')).toBe(true);
    expect(scopeCovers('a', 'b')).toBe(false);
    expect(scopeCovers('a', null)).toBe(false);
    expect(scopeCovers(null, 'b')).toBe(true);
    expect(scopeCovers(null, null)).toBe(true);
    expect(permits(tenant('a', 'security-admin'), 'keys:admin', 'b')).toBe(false);
    expect(permits(platform('security-admin'), 'keys:admin', 'b')).toBe(true);
  });
});

describe('narrow-only delegation', () => {
  it.each<[string, Authority, Authority, RegExp | null]>([
    ['a tenant security-admin mints an invoke key for its tenant', tenant('a', 'security-admin'), tenant('a', 'invoke'), null],
    ['… but not for another tenant', tenant('a', 'security-admin'), tenant('b', 'invoke'), /this tenant/],
    ['… nor a platform-admin key', tenant('a', 'security-admin'), platform('platform-admin'), /platform scope/],
    ['… nor a policy-author key (a permission it lacks)', tenant('a', 'security-admin'), tenant('a', 'policy-author'), /policy:write/],
    [
      'a platform security-admin cannot mint platform-admin',
      platform('security-admin'),
      platform('platform-admin'),
      /which you do not hold/,
    ],
    ['platform-admin mints any platform role', platform('platform-admin'), platform('platform-auditor', 'policy-approver'), null],
    ['platform roles never bind to a tenant', platform('platform-admin'), tenant('a', 'platform-auditor'), /platform-scoped/],
    ['a key needs a role', platform('platform-admin'), platform(), /at least one role/],
    ['an invoke key mints nothing', tenant('a', 'invoke'), tenant('a', 'invoke'), /manage keys/],
  ])('%s', (_name, creator, wanted, refusal) => {
    const why = delegationRefusal(creator, wanted);
    if (refusal === null) expect(why).toBeNull();
    else expect(why).toMatch(refusal);
  });

  const authority = fc.record({
    roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 0, maxLength: 4 }),
    tenant: fc.constantFrom<string | null>(null, 'a', 'b'),
  });

  it('no sequence of grants ever holds more than the first holder: permissions and scope only narrow', () => {
    fc.assert(
      fc.property(authority, fc.array(fc.tuple(fc.nat(), authority), { maxLength: 12 }), (root, steps) => {
        const holders: Authority[] = [root];
        for (const [pick, wanted] of steps) {
          const creator = holders[pick % holders.length] as Authority;
          if (delegationRefusal(creator, wanted) === null) holders.push(wanted);
        }
        const rootPermissions = permissionsOf(root.roles);
        for (const h of holders) {
          for (const p of permissionsOf(h.roles)) expect(rootPermissions.has(p)).toBe(true);
          expect(scopeCovers(root.tenant, h.tenant)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
