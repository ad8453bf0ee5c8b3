/** The errors the criteria module answers with. */
import type { Issue, IssueCode } from '@par/scoring';
import { DomainError, notFound } from '../common/errors/domain-error';
import { issuesToProblems } from '../common/errors/issues';
import type { CriteriaSetRow } from './criteria-set.entity';

export const criteriaSetNotFound = () =>
  notFound({ vi: 'Không có bộ tiêu chí này', en: 'No such criteria set' });

/** 422 CRITERIA_SET_INVALID with every libs/scoring issue. */
export function criteriaSetInvalid(issues: readonly Issue[]): DomainError {
  return new DomainError('CRITERIA_SET_INVALID', {
    detail: { vi: `${issues.length} lỗi`, en: `${issues.length} problem(s)` },
    errors: issuesToProblems(issues),
  });
}

/** 409: only a draft may change. */
export function criteriaSetFrozen(row: Pick<CriteriaSetRow, 'code' | 'status'>): DomainError {
  return new DomainError('CRITERIA_SET_FROZEN', {
    detail: { vi: `${row.code} đang ở trạng thái ${row.status}`, en: `${row.code} is ${row.status}` },
  });
}

export function criteriaSetCodeTaken(code: string): DomainError {
  return new DomainError('CRITERIA_SET_CODE_TAKEN', { detail: { vi: code, en: code } });
}

export function criteriaNodeNotFound(code: string): DomainError {
  return notFound({ vi: `Không có tiêu chí ${code}`, en: `No node ${code}` });
}

export function criteriaNodeInvalid(code: IssueCode, node: string, vi: string, en: string): DomainError {
  return new DomainError('CRITERIA_NODE_INVALID', { errors: [{ code, node, message: vi, messageEn: en }] });
}
