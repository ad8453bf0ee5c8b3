/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const lib = (path: string) => fileURLToPath(new URL(`../../libs/${path}`, import.meta.url));

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the build (not source maps): the API serves
 * them (`@fastify/static` `preCompressed`) with `Content-Encoding` to a browser that accepts them, so
 * nothing is compressed per request. Brotli at its best quality: it runs once per build (~1 s).
 */
function precompress(): Plugin {
  const compressible = /\.(js|css|html|svg|json|txt)$/;
  const brotli = promisify(brotliCompress);
  const gzipped = promisify(gzip);
  let outDir = 'dist';
  return {
    name: 'par-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter(
        (file) => compressible.test(file) && !file.startsWith('.vite'),
      );
      await Promise.all(
        files.map(async (file) => {
          const path = join(outDir, file);
          const content = await readFile(path);
          if (content.length < 1024) return; // headers cost more than they would save
          const size = content.length;
          await writeFile(
            `${path}.br`,
            await brotli(content, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: size },
            }),
          );
          await writeFile(`${path}.gz`, await gzipped(content, { level: 9 }));
        }),
      );
    },
  };
}

// The SPA; in development `vite` proxies /api to the API on :3000 (`npm start` serves the build itself).
export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      '@par/scoring': lib('scoring/src/index.ts'),
      '@par/contracts': lib('contracts/src/index.ts'),
    },
  },
  server: { port: 4200, proxy: { '/api': 'http://localhost:3000' } },
  // The manifest (dist/.vite/manifest.json, never served: a dot folder) tells `npm run bench` which chunks
  // each route loads. Pages are split by route (app/router.tsx), so no chunk nears the warning limit.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, manifest: true, chunkSizeWarningLimit: 500 },
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
