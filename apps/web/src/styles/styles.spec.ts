import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every stylesheet of the SPA as written, by its path from this folder (`./tokens.css`, `../features/…`). */
const src = join(__dirname, '..') + '/';
const sheets: Record<string, string> = Object.fromEntries(
  readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => [
      file.startsWith('styles/') ? `./${file.slice('styles/'.length)}` : `../${file}`,
      readFileSync(src + file, 'utf8'),
    ]),
);
const tokens = sheets['./tokens.css'];
const others = Object.entries(sheets).filter(([path]) => path !== './tokens.css');

const defined = new Set([...tokens.matchAll(/^\s*(--[\w-]+):/gm)].map((match) => match[1]));
const rawColour = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i;

describe('the stylesheets', () => {
  it('are all found, and the tokens define colours, spacing, radii and fonts', () => {
    expect(others.length).toBeGreaterThan(5);
    for (const prefix of ['--color-', '--space-', '--radius-', '--font-']) {
      expect([...defined].some((name) => name.startsWith(prefix))).toBe(true);
    }
  });

  it('write no raw colour outside tokens.css', () => {
    const offenders = others.flatMap(([path, css]) =>
      css
        .split('\n')
        .filter((line) => rawColour.test(line))
        .map((line) => `${path}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('use only tokens that tokens.css defines, and no palette colour directly', () => {
    const used = others.flatMap(([path, css]) =>
      [...css.matchAll(/var\((--[\w-]+)\)/g)].map((match) => ({ path, name: match[1] })),
    );
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter(({ name }) => !defined.has(name))).toEqual([]);
    expect(used.filter(({ name }) => !/^--(color|space|radius|font|shadow)-/.test(name))).toEqual([]);
  });

  it('are all imported by the entry, tokens first', () => {
    const entry = sheets['./index.css'];
    const imported = [...entry.matchAll(/@import '([^']+)'/g)].map((match) => match[1]);
    expect(imported[0]).toBe('./tokens.css');
    expect(new Set(imported)).toEqual(
      new Set(others.map(([path]) => path).filter((path) => path !== './index.css')).add('./tokens.css'),
    );
  });
});
