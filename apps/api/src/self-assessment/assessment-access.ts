import { UNIT_ROLES } from '@par/contracts';
import type { CriteriaSet, LeafNode } from '@par/scoring';
import type { Actor, UserPrincipal } from '../auth/principal';

/** The top-level ancestor (area, lĩnh vực) of a node. */
export function areaOf(set: CriteriaSet, code: string): string {
  let node = set.nodesByCode.get(code);
  while (node?.parentCode) node = set.nodesByCode.get(node.parentCode);
  return node?.code ?? code;
}

/** An appraiser covers a leaf of an area assigned to them (`*`: every area) or led by their agency. */
export function appraiserCovers(user: UserPrincipal, set: CriteriaSet, leaf: LeafNode): boolean {
  if (user.role === 'admin') return true;
  if (user.role !== 'appraiser') return false;
  if (user.areaCodes.includes('*') || user.areaCodes.includes(areaOf(set, leaf.code))) return true;
  return Boolean(user.unitCode && leaf.leadAgency === user.unitCode);
}

export function isUnitMember(actor: Actor, unitId: string): boolean {
  const p = actor.principal;
  return p?.kind === 'user' && UNIT_ROLES.includes(p.role) && p.unitId === unitId;
}

/** Who may read a unit's assessment: admin, appraisers, and that unit's own people. */
export function mayRead(actor: Actor, unitId: string): boolean {
  const p = actor.principal;
  if (p?.kind !== 'user') return false;
  return p.role === 'admin' || p.role === 'appraiser' || isUnitMember(actor, unitId);
}
