// Proves the boundaries bite: libs/scoring importing a framework must fail lint (Nx module boundaries), and
// in the SPA a feature importing another feature, shared code importing a feature, or a component calling
// the API client or `useMutation` itself must fail lint too — while a feature importing its own api/ and
// shared lib/ passes. Writes a probe file, lints it, and removes it whatever happens.
import { ESLint } from 'eslint';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const nx = '@nx/enforce-module-boundaries';
const paths = 'par/no-restricted-paths';
const imports = 'no-restricted-imports';
const cases = [
  {
    what: 'libs/scoring importing @nestjs/common',
    file: 'libs/scoring/src/__boundary_probe__.ts',
    rule: nx,
    code: "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
  },
  {
    what: 'libs/scoring importing react',
    file: 'libs/scoring/src/__boundary_probe__.ts',
    rule: nx,
    code: "import { useState } from 'react';\nexport const probe = useState;\n",
  },
  {
    what: 'libs/scoring importing typeorm',
    file: 'libs/scoring/src/__boundary_probe__.ts',
    rule: nx,
    code: "import { Entity } from 'typeorm';\nexport const probe = Entity;\n",
  },
  {
    what: 'libs/contracts importing @nestjs/common',
    file: 'libs/contracts/src/__boundary_probe__.ts',
    rule: nx,
    code: "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
  },
  {
    what: 'the audit feature importing the period feature’s api',
    file: 'apps/web/src/features/audit/components/__boundary_probe__.ts',
    rule: paths,
    code: "import { useMovePeriod } from '../../period/api/move-period';\nexport const probe = useMovePeriod;\n",
  },
  {
    what: 'the period feature importing the criteria feature’s public index',
    file: 'apps/web/src/features/period/__boundary_probe__.ts',
    rule: paths,
    code: "import { criteriaSetsQueryOptions } from '../criteria';\nexport const probe = criteriaSetsQueryOptions;\n",
  },
  {
    what: 'a spec of one feature importing another feature',
    file: 'apps/web/src/features/auth/__boundary_probe__.spec.ts',
    rule: paths,
    code: "import type { Unit } from '../organization/api/types';\nexport type Probe = Unit;\n",
  },
  {
    what: 'a feature importing app/',
    file: 'apps/web/src/features/health/__boundary_probe__.ts',
    rule: paths,
    code: "import { routes } from '../../app/router';\nexport const probe = routes;\n",
  },
  {
    what: 'shared lib/ importing a feature',
    file: 'apps/web/src/lib/__boundary_probe__.ts',
    rule: paths,
    code: "import { useCurrentUser } from '../features/auth';\nexport const probe = useCurrentUser;\n",
  },
  {
    what: 'a component calling useMutation itself',
    file: 'apps/web/src/features/period/components/__boundary_probe__.ts',
    rule: imports,
    code: "import { useMutation } from '@tanstack/react-query';\nexport const probe = useMutation;\n",
  },
  {
    what: 'a component calling the API client',
    file: 'apps/web/src/features/period/components/__boundary_probe__.ts',
    rule: imports,
    code: "import { api } from '../../../lib/api-client';\nexport const probe = api;\n",
  },
  {
    what: 'a component importing its own feature’s api and shared lib (allowed)',
    file: 'apps/web/src/features/period/components/__boundary_probe__.ts',
    rules: [paths, imports],
    allowed: true,
    code:
      "import { useMovePeriod } from '../api/move-period';\nimport { periodKeys } from '../../../lib/period-queries';\n" +
      'export const probe = [useMovePeriod, periodKeys];\n',
  },
];

const eslint = new ESLint({ cwd: root });
let failed = 0;
for (const c of cases) {
  const file = join(root, c.file);
  await writeFile(file, c.code);
  try {
    const [result] = await eslint.lintFiles([file]);
    const rules = c.rules ?? [c.rule];
    const hit = result.messages.find((m) => rules.includes(m.ruleId));
    if (c.allowed && !hit) console.log(`ok: ${c.what} passes lint`);
    else if (!c.allowed && hit) console.log(`ok: ${c.what} fails lint — ${hit.message}`);
    else {
      failed++;
      console.error(`FAIL: ${c.what} ${c.allowed ? `failed lint — ${hit.message}` : 'passed lint'}`);
    }
  } finally {
    await rm(file, { force: true });
  }
}
process.exit(failed ? 1 : 0);
