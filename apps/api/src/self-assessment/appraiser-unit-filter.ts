import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal';
import { userOf } from '../auth/principal';
import { coverageOf, type AssignmentScope } from './assessment-access';

/**
 * Which units of a period a caller may see in the analyses and survey counts: null — every unit (admins, the
 * council's viewers); for an appraiser, the units their appraisal assignment of that period covers (as the
 * appraisal queue narrows them; a period without assignments: their areas or lead agency, never their own unit).
 */
export async function unitFilterFor(
  manager: EntityManager,
  actor: Actor,
  periodId: string,
): Promise<((unit: { id: string; code: string }) => boolean) | null> {
  const user = userOf(actor);
  if (user?.role !== 'appraiser') return null;
  const assignments = await manager.query<AssignmentScope[]>(
    `SELECT user_id AS "userId", area_codes AS "areaCodes", unit_codes AS "unitCodes"
       FROM appraisal_assignment WHERE period_id = $1`,
    [periodId],
  );
  return (unit) => coverageOf(user, unit, assignments) !== null;
}
