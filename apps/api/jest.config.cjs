/** Unit, integration and process tests of the API, on a real (embedded) PostgreSQL. */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
  moduleNameMapper: {
    '^@par/scoring$': '<rootDir>/../../libs/scoring/src/index.ts',
    '^@par/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
    '^@par/demo$': '<rootDir>/../../libs/demo/src/index.ts',
  },
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|content-disposition)/)'],
};
