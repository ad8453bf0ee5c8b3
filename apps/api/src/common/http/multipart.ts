import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';

/**
 * The one `file` of a multipart/form-data upload: 415 UNSUPPORTED_MEDIA_TYPE for another body, 400
 * VALIDATION_FAILED without a file. The OpenAPI scan follows calls to it (`openapi-truth.ts`).
 */
export async function uploadedFile(request: FastifyRequest): Promise<MultipartFile> {
  if (!request.isMultipart())
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', {
      detail: {
        vi: 'cần multipart/form-data với trường "file"',
        en: 'send multipart/form-data with a "file" field',
      },
    });
  let file: MultipartFile | undefined;
  try {
    file = await request.file();
  } catch (error) {
    // The parser's own refusals carry their status (413 past a limit…); a body it cannot read at all
    // (`multipart/form-data` without a boundary, a broken part) is the caller's mistake, not a 500.
    if (typeof (error as { statusCode?: unknown }).statusCode === 'number') throw error;
    throw new DomainError('BAD_REQUEST', {
      detail: {
        vi: 'nội dung multipart/form-data không đọc được (thiếu boundary hoặc phần bị hỏng)',
        en: 'unreadable multipart/form-data body (no boundary or a broken part)',
      },
    });
  }
  if (!file)
    throw new DomainError('VALIDATION_FAILED', {
      errors: [{ field: 'file', code: 'required', message: 'thiếu tệp / no file' }],
    });
  return file;
}
