import type { LeafInput } from '../model/assessments.types';
import type { LeafNode } from '../model/criteria-set.types';
import type { Issue, ParseResult } from '../model/issue.types';
import { readLeafInput } from './read-leaf-input';

/**
 * Validates one leaf's input (`par-index.assessments/v1` item) against the leaf's rule and max — what the
 * API checks on `PUT …/items/{leafCode}` and the SPA before its live preview. Paths are relative to the item.
 */
export function parseLeafInput(leaf: LeafNode, input: unknown): ParseResult<LeafInput> {
  const issues: Issue[] = [];
  const parsed = readLeafInput(leaf, input, issues, { detailed: true, leaf: leaf.code, path: '' });
  return parsed && issues.length === 0 ? { ok: true, value: parsed } : { ok: false, issues };
}
