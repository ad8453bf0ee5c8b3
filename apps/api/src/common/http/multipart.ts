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
  const file = await request.file();
  if (!file)
    throw new DomainError('VALIDATION_FAILED', {
      errors: [{ field: 'file', code: 'required', message: 'thiếu tệp / no file' }],
    });
  return file;
}
