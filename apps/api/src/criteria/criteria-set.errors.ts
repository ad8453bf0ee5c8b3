/** The errors the criteria module answers with. */
import { DETAIL_TEXTS, type FieldProblem } from '@par/contracts';
import type { Issue } from '@par/scoring';
import { DomainError, notFound } from '../common/errors/domain-error';
import { verbatim } from '../common/errors/field-problem';
import { issuesToProblems } from '../common/errors/issues';
import type { CriteriaSetRow } from './criteria-set.entity';

export const criteriaSetNotFound = () =>
  notFound({ vi: 'Không có bộ tiêu chí này', en: 'No such criteria set' });

/** 422 CRITERIA_SET_INVALID with every libs/scoring issue. */
export function criteriaSetInvalid(issues: readonly Issue[]): DomainError {
  return new DomainError('CRITERIA_SET_INVALID', {
    detail: DETAIL_TEXTS.PROBLEM_COUNT({ count: issues.length }),
    errors: issuesToProblems(issues),
  });
}

/** 409: only a draft may change. */
export function criteriaSetFrozen(row: Pick<CriteriaSetRow, 'code' | 'status'>): DomainError {
  return new DomainError('CRITERIA_SET_FROZEN', {
    detail: { vi: `${row.code} đang ở trạng thái ${row.status}`, en: `${row.code} is ${row.status}` },
  });
}

/**
 * 409: a set with this code (ignoring case) exists — a repeated import lands here. The problem names the
 * existing set (`existingId`, `existingCode`, `existing` = its URL) so a client can carry on with it.
 */
export function criteriaSetCodeTaken(
  code: string,
  existing?: Pick<CriteriaSetRow, 'id' | 'code'> | null,
): DomainError {
  if (!existing) return new DomainError('CRITERIA_SET_CODE_TAKEN', { detail: verbatim(code) });
  return new DomainError('CRITERIA_SET_CODE_TAKEN', {
    detail: verbatim(existing.code),
    extensions: {
      existingId: existing.id,
      existingCode: existing.code,
      existing: `/api/v1/criteria-sets/${existing.id}`,
    },
  });
}

export function criteriaNodeNotFound(code: string): DomainError {
  return notFound({ vi: `Không có tiêu chí ${code}`, en: `No node ${code}` });
}

/** 422 CRITERIA_NODE_INVALID with the one problem an edit of the tree ran into. */
export function criteriaNodeInvalid(problem: FieldProblem): DomainError {
  return new DomainError('CRITERIA_NODE_INVALID', { errors: [problem] });
}
