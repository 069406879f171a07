import { consolePages, consolePagesByRole } from './console-pages';

describe('console pages by role', () => {
  it.each([
    ['platform-admin', ['overview', 'decisions', 'audit', 'tenants', 'policy', 'evaluation']],
    ['platform-auditor', ['overview', 'decisions', 'audit', 'evaluation']],
    ['compliance-officer', ['overview', 'decisions', 'audit', 'evaluation']],
    ['security-admin', ['overview', 'decisions', 'audit', 'tenants', 'evaluation']],
    ['policy-author', ['policy', 'evaluation']],
    ['policy-approver', ['policy', 'evaluation']],
    ['viewer', ['policy', 'evaluation']],
    ['invoke', []],
  ] as const)('%s sees %j', (role, pages) => {
    expect(consolePagesByRole()[role]).toEqual(pages);
  });

  it('unions the pages of several roles, in navigation order', () => {
    expect(consolePages(['policy-author', 'compliance-officer'])).toEqual(['overview', 'decisions', 'audit', 'policy', 'evaluation']);
  });
});
