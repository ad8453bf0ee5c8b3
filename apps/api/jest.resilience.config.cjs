/**
 * Resilience tests (`npm run test:resilience`, run by CI after the build): the built API as a child process,
 * killed, starved of its database, hammered by concurrent writers and malformed requests. Not part of
 * `npm test`: each file starts its own PostgreSQL and API, and they need `apps/api/dist/main.js`.
 */
const base = require('./jest.config.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  displayName: 'api-resilience',
  testMatch: ['<rootDir>/test/resilience/**/*.resilience.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 180_000,
  maxWorkers: 2,
};
