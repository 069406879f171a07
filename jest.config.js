// Three projects: unit specs beside the code, integration (real PostgreSQL) and e2e (HTTP) under test/.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] };
const moduleNameMapper = {
  '^@libs/([a-z-]+)$': '<rootDir>/libs/$1/index.ts',
  '^@libs/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/$2',
};
const common = { transform, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname };
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
