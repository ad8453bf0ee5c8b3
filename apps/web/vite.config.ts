/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const lib = (path: string) => fileURLToPath(new URL(`../../libs/${path}`, import.meta.url));

// The SPA; in development `vite` proxies /api to the API on :3000 (`npm start` serves the build itself).
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@par/scoring': lib('scoring/src/index.ts'),
      '@par/contracts': lib('contracts/src/index.ts'),
    },
  },
  server: { port: 4200, proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // Rendering specs take ~4 s each when the API's integration tests share the 2 cores (npm test runs
    // projects in parallel); 5 s, vitest's default, then fails at random. A hung test still fails.
    testTimeout: 20_000,
  },
});
