import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** The folders directly under `dir`. */
const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/** The rows of the README's "API modules" table: API module → SPA features. */
function moduleMap(readme: string): Array<{ api: string[]; web: string[] }> {
  const section = readme.split(/^### API modules$/m)[1]?.split(/^#{1,3} /m)[0] ?? '';
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(API module|-)/.test(line))
    .map((line) => {
      const [api = '', web = ''] = line.split('|').slice(1);
      return { api: names(api), web: names(web) };
    });
}

describe('README module map', () => {
  const rows = moduleMap(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('has one line per module, each naming one module', () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.api).toHaveLength(1);
  });

  it('names every folder of apps/api/src, and nothing else', () => {
    expect(rows.map((row) => row.api[0]).sort()).toEqual(folders('apps/api/src'));
  });

  it('names every folder of apps/web/src/features once, beside its API module, and nothing else', () => {
    const named = rows.flatMap((row) => row.web);
    expect(named.length).toBe(new Set(named).size);
    expect(named.sort()).toEqual(folders('apps/web/src/features'));
  });
});
