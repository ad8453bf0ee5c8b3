// Writes the national-scale benchmark inputs as JSON files: `node -r esbuild-register
// libs/scoring/bench/write-national.ts <dir>` → <dir>/criteria-set.json, <dir>/assessments.json.
// Used by the CLI benchmark (apps/cli/bench), which runs it as a script instead of importing across projects.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateAssessments, generateCriteriaSet } from './generate-national';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: write-national.ts <dir>\n');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
const set = generateCriteriaSet();
writeFileSync(join(dir, 'criteria-set.json'), JSON.stringify(set));
writeFileSync(join(dir, 'assessments.json'), JSON.stringify(generateAssessments(set)));
