/**
 * The status-coverage walk (issue #21): every answer the API gives during the integration tests is
 * recorded — method, path, status, and whether a 201 carried `Location` — one file per jest worker (appends
 * of whole lines, so parallel workers never interleave). The global teardown then checks that each
 * (operation, status) answered is documented in the committed libs/contracts/openapi.json, and that every
 * 201 carried `Location`; it fails the run with the list otherwise.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';

export const STATUS_LOG_ENV = 'PAR_STATUS_LOG_DIR';

export interface AnswerRecord {
  method: string;
  path: string;
  status: number;
  location?: boolean;
}

/** Records every answer of `server` into this worker's file (when the global setup named a folder). */
export function recordStatuses(server: Server): void {
  const dir = process.env[STATUS_LOG_ENV];
  if (!dir || dir === 'off') return;
  const file = join(dir, `answers-${process.env.JEST_WORKER_ID ?? '0'}-${process.pid}.ndjson`);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    res.once('finish', () => {
      const record: AnswerRecord = {
        method: req.method ?? 'GET',
        path: (req.url ?? '/').split('?')[0] ?? '/',
        status: res.statusCode,
        ...(res.statusCode === 201 ? { location: res.hasHeader('location') } : {}),
      };
      appendFileSync(file, `${JSON.stringify(record)}\n`);
    });
  });
}

export function readRecords(dir: string): AnswerRecord[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ndjson'))
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as AnswerRecord),
    );
}

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface Template {
  path: string;
  regex: RegExp;
  /** Literal segments: `/periods/survey` wins over `/periods/{id}` for the same URL. */
  literals: number;
}

/** Document path templates, most specific first. */
function templatesOf(doc: Json): Template[] {
  return Object.keys((doc.paths ?? {}) as Json)
    .map((path) => ({
      path,
      regex: new RegExp(
        `^${path
          .split('/')
          .map((seg) => (/^\{\w+\}$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('/')}/?$`,
      ),
      literals: path.split('/').filter((seg) => seg && !seg.startsWith('{')).length,
    }))
    .sort((a, b) => b.literals - a.literals);
}

export interface CoverageReport {
  /** `METHOD /template status (n answers)` for each status answered but not documented. */
  undocumented: string[];
  /** `POST /template` for each 201 answered without `Location`. */
  createdWithoutLocation: string[];
  /** (operation, status) pairs answered and documented. */
  covered: number;
  /** Operations of the document the tests called at least once. */
  operationsCalled: number;
}

/**
 * Which answered (operation, status) pairs the document does not list. Answers outside the document's
 * paths (the SPA, `/api/docs`, unknown routes) and methods a path does not document are not operations.
 */
export function checkCoverage(doc: Json, records: AnswerRecord[]): CoverageReport {
  const templates = templatesOf(doc);
  const paths = (doc.paths ?? {}) as Record<string, Record<string, { responses?: Json }>>;
  const counts = new Map<string, number>();
  const missingLocation = new Set<string>();
  const called = new Set<string>();
  const documented = new Set<string>();
  for (const record of records) {
    const method = (record.method === 'HEAD' ? 'GET' : record.method).toLowerCase();
    if (!METHODS.includes(method)) continue;
    // Matched on the raw path: an escaped `/` (`%2F`) stays inside its segment, as the router reads it.
    const template = templates.find((t) => t.regex.test(record.path) && paths[t.path]?.[method]);
    if (!template) continue;
    const op = paths[template.path]?.[method];
    const where = `${method.toUpperCase()} ${template.path}`;
    called.add(where);
    const key = `${where} ${record.status}`;
    if (op?.responses && String(record.status) in op.responses) documented.add(key);
    else counts.set(key, (counts.get(key) ?? 0) + 1);
    if (record.status === 201 && record.location === false) missingLocation.add(where);
  }
  return {
    undocumented: [...counts].map(([key, n]) => `${key} (${n} answers)`).sort(),
    createdWithoutLocation: [...missingLocation].sort(),
    covered: documented.size,
    operationsCalled: called.size,
  };
}
