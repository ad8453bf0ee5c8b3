import { ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { Matches, type ValidationOptions } from 'class-validator';
import { DomainError } from '../errors/domain-error';

/** `:id` path parameters: a UUID, else 400 VALIDATION_FAILED naming the parameter. */
export function uuidParam(name = 'id'): PipeTransform {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError('VALIDATION_FAILED', {
        errors: [{ field: name, code: 'isUuid', message: `${name} phải là UUID / must be a UUID` }],
      }),
  });
}

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

const CODE_MESSAGE =
  'mã chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (≤ 40 ký tự) / letters, digits . _ - (≤ 40)';

/** A code field (unit, set, node, group, band): the same rule and message everywhere. */
export const IsCode = (options: ValidationOptions = {}) =>
  Matches(CODE_PATTERN, { message: CODE_MESSAGE, ...options });

/** `:code` path parameters (unit, set, leaf codes): short, no spaces or slashes. */
export const codeParam = (name = 'code'): PipeTransform<string, string> => ({
  transform(value: string) {
    if (typeof value === 'string' && CODE_PATTERN.test(value)) return value;
    throw new DomainError('VALIDATION_FAILED', {
      errors: [{ field: name, code: 'matches', message: `${name} không hợp lệ / is not a valid code` }],
    });
  },
});
