import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from '@par/contracts';
import { DomainError } from './domain-error';

/** Flattens class-validator's nested errors into `{ field: 'units.2.code', code, message }`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Global pipe: strips nothing silently — unknown fields are an error — and converts types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new DomainError('VALIDATION_FAILED', {
        detail: {
          vi: `${errors.length} trường không hợp lệ`,
          en: `${errors.length} invalid field(s)`,
        },
        errors: flattenValidationErrors(errors),
      }),
  });
}
