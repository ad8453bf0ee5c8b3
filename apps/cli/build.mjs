// Bundles the CLI (and libs/scoring through tsconfig paths) into one CommonJS file.
// Runs as the root `prepare` script so `npx par-index` works right after `npm install`.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: [join(here, 'src/main.ts')],
  outfile: join(here, 'dist/par-index.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  tsconfig: join(here, 'tsconfig.json'),
  sourcemap: false,
  logLevel: 'warning',
});
