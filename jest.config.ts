/** @jest-config-loader esbuild-register */
// Root Jest entry for editors and `npx jest`: every Jest project of the workspace.
// `npm test` runs the same projects through Nx (`nx run-many -t test`), each with its own config.
// The SPA's unit tests run on Vitest (apps/web), not here.
import type { Config } from 'jest';

const config: Config = {
  projects: [
    '<rootDir>/libs/scoring/jest.config.cjs',
    '<rootDir>/libs/demo/jest.config.cjs',
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/apps/cli/jest.config.cjs',
  ],
};

export default config;
