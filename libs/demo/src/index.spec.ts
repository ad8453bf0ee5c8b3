import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as demo from './index';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('@par/demo public entry', () => {
  it('exports the documented functions and the demo password', () => {
    const functions = Object.entries(demo)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(functions).toEqual([
      'SeedError',
      'communeCriteriaSet',
      'criteriaSetStats',
      'deadlinesAfter',
      'demoCriteriaSets',
      'demoProvince',
      'demoUnits',
      'demoUsers',
      'departmentCriteriaSet',
      'generateAssessments',
      'reviseCriteriaSet',
      'seedDemo',
    ]);
    expect(demo.DEMO_PASSWORD).toBe('LamGiang@2026');
  });

  it('imports nothing but its own files and @par/scoring: no Node built-ins, no I/O, no frameworks', () => {
    const offenders = sourceFiles(__dirname).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const specifiers = [
        ...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g),
      ].map((m) => m[1]);
      return specifiers
        .filter((s) => !s.startsWith('.') && s !== '@par/scoring')
        .map((s) => `${relative(__dirname, file)} → ${s}`);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps one exported function per source file, named after it in kebab-case', () => {
    const offenders = sourceFiles(__dirname).flatMap((file) => {
      const names = [...readFileSync(file, 'utf8').matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
      const kebab = names.map((n) => n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
      const base = file.replace(/^.*\//, '').replace(/\.ts$/, '');
      return names.length > 1 || (names.length === 1 && kebab[0] !== base)
        ? [`${relative(__dirname, file)}: ${names.join(', ')}`]
        : [];
    });
    expect(offenders).toEqual([]);
  });
});
