import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The DejaVu fonts (Vietnamese glyphs) from the `dejavu-fonts-ttf` package, found by walking up from the
 * bundle and from the working folder to a node_modules that has them. (`require.resolve` is rewritten by
 * the bundler into a module id, so it cannot be used here.) Every PDF the API makes uses them.
 */
export function fontDir(): string {
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', 'dejavu-fonts-ttf', 'ttf');
      if (existsSync(join(candidate, 'DejaVuSans.ttf'))) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('dejavu-fonts-ttf is not installed (needed for PDF exports)');
}
