// Proves the Nx module boundaries bite: libs/scoring importing a framework must fail lint.
// Writes a probe file into the lib, lints it, and removes it whatever happens.
import { ESLint } from 'eslint';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cases = [
  {
    lib: 'libs/scoring',
    module: '@nestjs/common',
    code: "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
  },
  {
    lib: 'libs/scoring',
    module: 'react',
    code: "import { useState } from 'react';\nexport const probe = useState;\n",
  },
  {
    lib: 'libs/scoring',
    module: 'typeorm',
    code: "import { Entity } from 'typeorm';\nexport const probe = Entity;\n",
  },
  {
    lib: 'libs/contracts',
    module: '@nestjs/common',
    code: "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
  },
];

const eslint = new ESLint({ cwd: root });
let failed = 0;
for (const c of cases) {
  const file = join(root, c.lib, 'src', '__boundary_probe__.ts');
  await writeFile(file, c.code);
  try {
    const [result] = await eslint.lintFiles([file]);
    const hit = result.messages.find((m) => m.ruleId === '@nx/enforce-module-boundaries');
    if (hit) console.log(`ok: ${c.lib} importing ${c.module} fails lint — ${hit.message}`);
    else {
      failed++;
      console.error(`FAIL: ${c.lib} importing ${c.module} passed lint`);
    }
  } finally {
    await rm(file, { force: true });
  }
}
process.exit(failed ? 1 : 0);
