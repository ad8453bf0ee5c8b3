import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, type ErrorCode } from '@par/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { databaseFailureOf } from '../database-errors';
import { DomainError } from './domain-error';
import { verbatim } from './field-problem';
import { buildProblem, preferredLanguage, type ProblemInput } from './problem';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_REQUEST',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'ROUTE_NOT_FOUND',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'METHOD_NOT_ALLOWED',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'UNSUPPORTED_MEDIA_TYPE',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
};

interface FrameworkError {
  statusCode?: number;
  code?: string;
  message?: string;
}

const logger = new Logger('Errors');

/** Maps anything thrown while handling a request to a problem input; unknown errors are 500, never 400. */
export function toProblemInput(error: unknown): { input: ProblemInput; headers?: Record<string, string> } {
  if (error instanceof DomainError) {
    const { detail, errors, extensions, headers } = error.options;
    return { input: { code: error.code, detail, errors, extensions }, headers };
  }
  if (error instanceof HttpException) {
    // Nest maps Fastify's own errors (unparsable JSON, poisoned prototypes, body limits) to HttpException.
    const status = error.getStatus();
    const message = error.message;
    if (status === 400 && /JSON|Unexpected|Expected/i.test(message)) {
      return { input: { code: 'INVALID_JSON', detail: verbatim(message) } };
    }
    const code = STATUS_CODES[status];
    if (status === 400) return { input: { code: 'BAD_REQUEST', detail: verbatim(message) } };
    if (code) return { input: { code } };
  }
  const framework = error as FrameworkError | null;
  const status = framework?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const isJson = error instanceof SyntaxError || /JSON/i.test(framework?.code ?? '');
    const code: ErrorCode = isJson ? 'INVALID_JSON' : (STATUS_CODES[status] ?? 'BAD_REQUEST');
    const message = framework?.message ?? '';
    return {
      input: { code, detail: isJson || code === 'BAD_REQUEST' ? verbatim(message) : undefined },
    };
  }
  const database = databaseFailureOf(error);
  if (database) return databaseProblem(database, error);
  if (isOutOfRange(error)) {
    // A number too large for its column (a huge bonus…): the caller's mistake, not a server fault.
    return {
      input: {
        code: 'VALUE_OUT_OF_RANGE',
        detail: { vi: 'một giá trị số vượt quá giới hạn lưu trữ', en: 'a number exceeds what can be stored' },
      },
    };
  }
  if (isUnstorableText(error)) {
    // A NUL character (or another the database cannot hold) in a path or a field: the request's fault.
    return {
      input: {
        code: 'BAD_REQUEST',
        detail: {
          vi: 'một giá trị chứa ký tự hoặc dạng không lưu được (ví dụ ký tự NUL)',
          en: 'a value holds a character or form that cannot be stored (e.g. a NUL character)',
        },
      },
    };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { input: { code: 'INTERNAL_ERROR' } };
}

/** Sends the problem document for `error` on a Fastify reply. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { input, headers } = toProblemInput(error);
  const problem = buildProblem(
    { ...input, instance: request.url, requestId: String(request.id) },
    preferredLanguage(request.headers['accept-language']),
  );
  if (headers) void reply.headers(headers);
  // title/detail follow Accept-Language: caches must key on it (other Vary entries, e.g. Origin, stay).
  const vary = String(reply.getHeader('vary') ?? '');
  if (!/(^|,)\s*accept-language\s*(,|$)/i.test(vary))
    void reply.header('vary', vary ? `${vary}, Accept-Language` : 'Accept-Language');
  void reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problem));
}

/**
 * The database unreachable or restarting → 503 DATABASE_UNAVAILABLE (with Retry-After), a statement past
 * `statement_timeout` → 503 DATABASE_TIMEOUT, a lock not granted within `lock_timeout` → 409 LOCK_TIMEOUT,
 * a serialization failure/deadlock still failing after the retries → 409 CONFLICT. Never a 500: the request
 * was fine and may be sent again.
 */
function databaseProblem(
  failure: NonNullable<ReturnType<typeof databaseFailureOf>>,
  error: unknown,
): { input: ProblemInput; headers?: Record<string, string> } {
  const message = error instanceof Error ? error.message : String(error);
  logger.warn(`database ${failure}: ${message}`);
  switch (failure) {
    case 'unavailable':
      return { input: { code: 'DATABASE_UNAVAILABLE' }, headers: { 'retry-after': '2' } };
    case 'timeout':
      return { input: { code: 'DATABASE_TIMEOUT' }, headers: { 'retry-after': '5' } };
    case 'lock_timeout':
      return { input: { code: 'LOCK_TIMEOUT' }, headers: { 'retry-after': '1' } };
    case 'serialization':
      return {
        input: {
          code: 'CONFLICT',
          detail: {
            vi: 'cập nhật đồng thời xung đột, vui lòng gửi lại',
            en: 'a concurrent update conflicted; please send it again',
          },
        },
        headers: { 'retry-after': '1' },
      };
  }
}

/**
 * PostgreSQL refusing a value's text: character_not_in_repertoire (22021, a NUL byte in UTF-8),
 * untranslatable_character (22P05), invalid_text_representation (22P02), string_data_right_truncation (22001),
 * invalid/out-of-range datetime (22007/22008).
 */
function isUnstorableText(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return ['22021', '22P05', '22P02', '22001', '22007', '22008'].includes(
    String(e?.code ?? e?.driverError?.code),
  );
}

/** PostgreSQL's numeric_value_out_of_range (22003), e.g. an integer column overflow. */
function isOutOfRange(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return (e?.code ?? e?.driverError?.code) === '22003';
}
