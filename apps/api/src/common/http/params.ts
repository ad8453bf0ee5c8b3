import { ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { CODE_PATTERN } from './validation';

/** The code rule lives with the DTOs' other decorators; imported from here by older modules. */
export { CODE_PATTERN, IsCode } from './validation';

/** `:id` path parameters: a UUID, else 400 VALIDATION_FAILED naming the parameter. */
export function uuidParam(name = 'id'): PipeTransform {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError('VALIDATION_FAILED', {
        errors: [{ field: name, code: 'isUuid', message: `${name} phải là UUID / must be a UUID` }],
      }),
  });
}

/** `:code` path parameters (unit, set, leaf codes): short, no spaces or slashes. */
export const codeParam = (name = 'code'): PipeTransform<string, string> => ({
  transform(value: string) {
    if (typeof value === 'string' && CODE_PATTERN.test(value)) return value;
    throw new DomainError('VALIDATION_FAILED', {
      errors: [{ field: name, code: 'matches', message: `${name} không hợp lệ / is not a valid code` }],
    });
  },
});
