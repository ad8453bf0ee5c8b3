import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, type ErrorCode } from '@par/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
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
  if (isOutOfRange(error)) {
    // A number too large for its column (a huge bonus…): the caller's mistake, not a server fault.
    return {
      input: {
        code: 'VALUE_OUT_OF_RANGE',
        detail: { vi: 'một giá trị số vượt quá giới hạn lưu trữ', en: 'a number exceeds what can be stored' },
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

/** PostgreSQL's numeric_value_out_of_range (22003), e.g. an integer column overflow. */
function isOutOfRange(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return (e?.code ?? e?.driverError?.code) === '22003';
}
