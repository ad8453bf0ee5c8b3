import type { FieldProblem } from '@par/contracts';
import type { Issue } from '@par/scoring';

/** libs/scoring issues as problem+json field errors (code, both languages, node/unit/leaf, JSON Pointer). */
export function issuesToProblems(issues: readonly Issue[]): FieldProblem[] {
  return issues.map((issue) => ({
    code: issue.code,
    message: issue.message,
    messageEn: issue.messageEn,
    ...(issue.path !== undefined ? { field: issue.path } : {}),
    ...(issue.node !== undefined ? { node: issue.node } : {}),
    ...(issue.unit !== undefined ? { unit: issue.unit } : {}),
    ...(issue.leaf !== undefined ? { leaf: issue.leaf } : {}),
  }));
}
