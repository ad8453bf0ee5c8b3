// Baseline for the CLI benchmark: a bare Node script that only parses the same inputs and writes an output
// of the same size (JSON text of the parsed assessments, 2-space indented like `par-index score`, repeated
// and cut to the byte count given). Usage: node bare-parse-write.mjs SET ASSESSMENTS BYTES > out
import { readFileSync, writeSync } from 'node:fs';

const [setPath, assessmentsPath, bytes] = process.argv.slice(2);
JSON.parse(readFileSync(setPath, 'utf8'));
const assessments = JSON.parse(readFileSync(assessmentsPath, 'utf8'));
const target = Number(bytes);
const text = JSON.stringify(assessments, null, 2);
let output = text;
while (Buffer.byteLength(output) < target) output += text;
const buffer = Buffer.from(output).subarray(0, target);
for (let written = 0; written < buffer.length;) written += writeSync(1, buffer, written);
