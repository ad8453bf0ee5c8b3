import { Raw, type FindOperator } from 'typeorm';

/**
 * A `where` condition on a code column that ignores case (`stp` finds `STP`): codes are unique ignoring case
 * (unique indexes on `lower(code)`), so at most one row matches.
 */
export function sameCode(code: string): FindOperator<string> {
  return Raw((column) => `lower(${column}) = lower(:sameCode)`, { sameCode: code }) as FindOperator<string>;
}
