import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
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

export const MAX_BODY_DEPTH = 64;

/** Depth of nested objects/arrays, stopping as soon as it passes `limit` (no recursion: no stack to blow). */
export function exceedsDepth(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

const PRIMITIVES = new Set<unknown>([String, Number, Boolean, Array, Object]);

/**
 * Nest's ValidationPipe, plus two checks it lacks: a DTO body must be a JSON object (not null, an array or a
 * string), and no deeper than MAX_BODY_DEPTH (class-transformer recurses and would overflow the stack).
 */
class BodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body') {
      const isDto = Boolean(metadata.metatype) && !PRIMITIVES.has(metadata.metatype);
      if (isDto && (value === null || typeof value !== 'object' || Array.isArray(value))) {
        throw new DomainError('VALIDATION_FAILED', {
          detail: { vi: 'nội dung phải là một đối tượng JSON', en: 'the body must be a JSON object' },
          errors: [{ field: '', code: 'isObject', message: 'body must be a JSON object' }],
        });
      }
      // Every JSON body, DTO or not (raw documents such as criteria-set/v1 too).
      if (exceedsDepth(value, MAX_BODY_DEPTH)) {
        throw new DomainError('VALIDATION_FAILED', {
          detail: {
            vi: `lồng nhau quá ${MAX_BODY_DEPTH} cấp`,
            en: `nested deeper than ${MAX_BODY_DEPTH} levels`,
          },
        });
      }
    }
    return super.transform(value, metadata);
  }
}

/** Global pipe: strips nothing silently — unknown fields are an error — and converts types. */
export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
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
