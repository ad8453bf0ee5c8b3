/** @type {import('jest').Config} */
module.exports = {
  displayName: 'cli',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  moduleNameMapper: {
    '^@par/scoring$': '<rootDir>/../../libs/scoring/src/index.ts',
    '^@par/demo$': '<rootDir>/../../libs/demo/src/index.ts',
  },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
};
