/**
 * Edits of a draft set's tree, on the node rows (without ids) of the set: pure functions that change the drafts
 * they are given and answer the nodes to store. Whether the result is a valid set is libs/scoring's to say.
 */
import { toMilli } from '@par/scoring';
import { fieldProblem } from '../common/errors/field-problem';
import type { CriteriaNodeRow } from './criteria-node.entity';
import { criteriaNodeInvalid, criteriaNodeNotFound } from './criteria-set.errors';
import type { CreateNodeDto, UpdateNodeDto } from './criteria.dto';

export type NodeDraft = Omit<CriteriaNodeRow, 'id'>;

const duplicateCode = (code: string) =>
  criteriaNodeInvalid(fieldProblem('DUPLICATE_CODE', { code }, { node: code }));

/** The children of `parentCode` by their order. */
function childrenOf(nodes: readonly NodeDraft[], parentCode: string | null, except?: NodeDraft): NodeDraft[] {
  return nodes
    .filter((node) => node.parentCode === parentCode && node !== except)
    .sort((a, b) => a.sortOrder - b.sortOrder);
}

/** Numbers `siblings` 0, 1, 2, … in their order. */
function renumber(siblings: readonly NodeDraft[]): void {
  siblings.forEach((sibling, i) => (sibling.sortOrder = i));
}

/** The first child turns a leaf into a branch: its rule and source go. */
function becomeParent(nodes: readonly NodeDraft[], parentCode: string): void {
  const parent = nodes.find((node) => node.code === parentCode);
  if (parent && !nodes.some((node) => node.parentCode === parentCode))
    Object.assign(parent, { rule: null, source: null });
}

function isDescendant(nodes: readonly NodeDraft[], candidate: string, ancestor: string): boolean {
  for (let current: string | null = candidate; current !== null;) {
    if (current === ancestor) return true;
    current = nodes.find((node) => node.code === current)?.parentCode ?? null;
  }
  return false;
}

/** A new node under `parentCode` (null: an area) at `position` among its siblings (default: last). */
export function addNode(nodes: NodeDraft[], setId: string, dto: CreateNodeDto): NodeDraft[] {
  const parentCode = dto.parentCode ?? null;
  if (nodes.some((node) => node.code === dto.code)) throw duplicateCode(dto.code);
  if (parentCode !== null) {
    if (!nodes.some((node) => node.code === parentCode)) throw criteriaNodeNotFound(parentCode);
    becomeParent(nodes, parentCode);
  }
  const siblings = childrenOf(nodes, parentCode);
  const position = Math.min(dto.position ?? siblings.length, siblings.length);
  const added: NodeDraft = {
    setId,
    code: dto.code,
    parentCode,
    sortOrder: position,
    title: dto.title.trim(),
    maxMilli: toMilli(dto.maxPoints),
    source: dto.rule
      ? (dto.source ?? (dto.rule.kind === 'survey' ? 'survey' : 'assessment'))
      : (dto.source ?? null),
    rule: dto.rule ?? null,
    guidance: dto.guidance ?? null,
    evidenceHint: dto.evidence ?? null,
    leadAgency: dto.leadAgency ?? null,
    responsibleAgency: dto.responsibleAgency ?? null,
    notApplicableAllowed: dto.notApplicableAllowed ?? false,
    indicator: dto.indicator ?? null,
  };
  siblings.splice(position, 0, added);
  renumber(siblings);
  return [...nodes, added];
}

/** Renames (children follow), moves (under another parent or to another place) and edits one node. */
export function editNode(nodes: NodeDraft[], code: string, dto: UpdateNodeDto): NodeDraft[] {
  const node = nodes.find((candidate) => candidate.code === code);
  if (!node) throw criteriaNodeNotFound(code);
  if (dto.code !== undefined && dto.code !== code) {
    if (nodes.some((candidate) => candidate.code === dto.code)) throw duplicateCode(dto.code);
    for (const child of nodes.filter((candidate) => candidate.parentCode === code))
      child.parentCode = dto.code;
    node.code = dto.code;
  }
  if (dto.parentCode !== undefined || dto.position !== undefined) {
    const parentCode = dto.parentCode === undefined ? node.parentCode : dto.parentCode;
    if (parentCode !== null) {
      if (!nodes.some((candidate) => candidate.code === parentCode)) throw criteriaNodeNotFound(parentCode);
      if (isDescendant(nodes, parentCode, node.code)) {
        throw criteriaNodeInvalid(fieldProblem('INVALID_FIELD', {}, { node: node.code }));
      }
      becomeParent(nodes, parentCode);
    }
    renumber(childrenOf(nodes, node.parentCode, node));
    node.parentCode = parentCode;
    const siblings = childrenOf(nodes, parentCode, node);
    const position = Math.min(dto.position ?? siblings.length, siblings.length);
    siblings.splice(position, 0, node);
    renumber(siblings);
  }
  if (dto.title !== undefined) node.title = dto.title.trim();
  if (dto.maxPoints !== undefined) node.maxMilli = toMilli(dto.maxPoints);
  if (dto.rule !== undefined) {
    node.rule = dto.rule;
    if (dto.rule && dto.source === undefined && !node.source)
      node.source = dto.rule.kind === 'survey' ? 'survey' : 'assessment';
  }
  if (dto.source !== undefined) node.source = dto.source;
  if (dto.guidance !== undefined) node.guidance = dto.guidance;
  if (dto.evidence !== undefined) node.evidenceHint = dto.evidence;
  if (dto.leadAgency !== undefined) node.leadAgency = dto.leadAgency;
  if (dto.responsibleAgency !== undefined) node.responsibleAgency = dto.responsibleAgency;
  if (dto.notApplicableAllowed !== undefined) node.notApplicableAllowed = dto.notApplicableAllowed;
  if (dto.indicator !== undefined) node.indicator = dto.indicator;
  return nodes;
}

/** The node and its whole subtree go; its former siblings close the gap. */
export function deleteNode(nodes: NodeDraft[], code: string): NodeDraft[] {
  const node = nodes.find((candidate) => candidate.code === code);
  if (!node) throw criteriaNodeNotFound(code);
  const doomed = new Set([code]);
  for (let grew = true; grew;) {
    grew = false;
    for (const candidate of nodes) {
      if (candidate.parentCode !== null && doomed.has(candidate.parentCode) && !doomed.has(candidate.code)) {
        doomed.add(candidate.code);
        grew = true;
      }
    }
  }
  const kept = nodes.filter((candidate) => !doomed.has(candidate.code));
  renumber(childrenOf(kept, node.parentCode));
  return kept;
}
