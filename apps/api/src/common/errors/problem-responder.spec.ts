import {
  BadRequestException,
  ConflictException,
  HttpException,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
} from '@nestjs/common';
import { DomainError } from './domain-error';
import { toProblemInput } from './problem-responder';

/** A Fastify error as it reaches the filter: a status code and maybe a code of its own. */
function fastifyError(statusCode: number, code: string, message: string, base: Error = new Error(message)) {
  return Object.assign(base, { statusCode, code, message });
}

describe('toProblemInput', () => {
  let logged: jest.SpyInstance;
  beforeEach(() => (logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined)));
  afterEach(() => logged.mockRestore());

  it.each<[string, unknown, object]>([
    [
      'a domain error, as it is',
      new DomainError('STALE_VERSION', {
        detail: { vi: 'a', en: 'b' },
        extensions: { current: 1 },
        headers: { 'Retry-After': '5' },
      }),
      {
        input: {
          code: 'STALE_VERSION',
          detail: { vi: 'a', en: 'b' },
          errors: undefined,
          extensions: { current: 1 },
        },
        headers: { 'Retry-After': '5' },
      },
    ],
    [
      'Nest’s 400 for unparsable JSON',
      new BadRequestException('Unexpected token } in JSON at position 9'),
      {
        input: {
          code: 'INVALID_JSON',
          detail: {
            vi: 'Unexpected token } in JSON at position 9',
            en: 'Unexpected token } in JSON at position 9',
          },
        },
      },
    ],
    [
      'another 400 from the framework',
      new BadRequestException('Multipart: Boundary not found'),
      {
        input: {
          code: 'BAD_REQUEST',
          detail: { vi: 'Multipart: Boundary not found', en: 'Multipart: Boundary not found' },
        },
      },
    ],
    ['an unknown route', new NotFoundException('Cannot GET /x'), { input: { code: 'ROUTE_NOT_FOUND' } }],
    ['a conflict', new ConflictException(), { input: { code: 'CONFLICT' } }],
    ['a body over the limit', new PayloadTooLargeException(), { input: { code: 'PAYLOAD_TOO_LARGE' } }],
    [
      'Fastify’s invalid JSON',
      fastifyError(
        400,
        'FST_ERR_CTP_INVALID_JSON_BODY',
        'Body is not valid JSON but content-type is set to json',
      ),
      {
        input: {
          code: 'INVALID_JSON',
          detail: {
            vi: 'Body is not valid JSON but content-type is set to json',
            en: 'Body is not valid JSON but content-type is set to json',
          },
        },
      },
    ],
    [
      'a SyntaxError with a 400 status',
      fastifyError(400, 'X', 'Unexpected end', new SyntaxError('Unexpected end')),
      { input: { code: 'INVALID_JSON', detail: { vi: 'Unexpected end', en: 'Unexpected end' } } },
    ],
    [
      'Fastify’s unsupported media type',
      fastifyError(415, 'FST_ERR_CTP_INVALID_MEDIA_TYPE', 'Unsupported Media Type: text/csv'),
      { input: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: undefined } },
    ],
    [
      'a 4xx without a code of ours',
      fastifyError(418, 'TEAPOT', 'teapot'),
      { input: { code: 'BAD_REQUEST', detail: { vi: 'teapot', en: 'teapot' } } },
    ],
    ['an HttpException of 500', new HttpException('boom', 500), { input: { code: 'INTERNAL_ERROR' } }],
    ['a programming error', new TypeError('x is undefined'), { input: { code: 'INTERNAL_ERROR' } }],
    ['something thrown that is not an error', 'oops', { input: { code: 'INTERNAL_ERROR' } }],
    ['a 5xx status code', fastifyError(503, 'X', 'down'), { input: { code: 'INTERNAL_ERROR' } }],
  ])('%s', (_, error, expected) => {
    expect(toProblemInput(error)).toEqual(expected);
  });

  it('logs what it does not know (a 500), and nothing else', () => {
    toProblemInput(new DomainError('NOT_FOUND'));
    toProblemInput(new NotFoundException());
    expect(logged).not.toHaveBeenCalled();
    toProblemInput(new TypeError('x is undefined'));
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0][0])).toContain('TypeError: x is undefined');
  });
});
