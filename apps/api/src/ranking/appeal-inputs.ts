import type { LeafInputV1 } from '@par/scoring';
import type { EntityManager } from 'typeorm';
import {
  canonicalJson,
  sha256,
  type FinalInputRepository,
  type PeriodInputs,
} from '../scoring/final-input.repository';

/** An upheld appeal leaf as the appeal compute applies it. */
export interface UpheldCorrection {
  unit: string;
  leaf: string;
  input: LeafInputV1;
}

/** The upheld corrections of a period, by unit then leaf code. */
export function upheldCorrections(manager: EntityManager, periodId: string): Promise<UpheldCorrection[]> {
  return manager.query<UpheldCorrection[]>(
    `SELECT a.unit_code AS unit, l.leaf_code AS leaf, l.corrected_input AS input
       FROM appeal_leaf l JOIN appeal a ON a.id = l.appeal_id
      WHERE l.period_id = $1 AND l.outcome = 'upheld'
      ORDER BY a.unit_code, l.leaf_code`,
    [periodId],
  );
}

/**
 * The inputs of the appeal compute: the period's final inputs (frozen since publication) with every upheld
 * correction in place of the published input of its leaf. With corrections, their hash is one more input
 * (`appeals`), so publishing an appeal snapshot is stale as soon as another leaf is upheld after it; with
 * none, the inputs are exactly the published ones.
 */
export async function appealInputs(
  manager: EntityManager,
  finalInputs: FinalInputRepository,
  periodId: string,
): Promise<PeriodInputs & { corrections: UpheldCorrection[] }> {
  const base = await finalInputs.periodInputs(manager, periodId);
  const corrections = await upheldCorrections(manager, periodId);
  if (!corrections.length) return { ...base, corrections };
  const byUnit = new Map<string, Map<string, LeafInputV1>>();
  for (const c of corrections) {
    const leaves = byUnit.get(c.unit) ?? new Map<string, LeafInputV1>();
    leaves.set(c.leaf, c.input);
    byUnit.set(c.unit, leaves);
  }
  const sets = base.sets.map((entry) => ({
    ...entry,
    document: {
      ...entry.document,
      units: entry.document.units.map((unit) => {
        const leaves = byUnit.get(unit.code);
        return leaves ? { ...unit, items: { ...unit.items, ...Object.fromEntries(leaves) } } : unit;
      }),
    },
  }));
  const hashes = Object.fromEntries(
    Object.entries({ ...base.hashes, appeals: sha256(canonicalJson(corrections)) }).sort(([a], [b]) =>
      a < b ? -1 : 1,
    ),
  );
  return { ...base, sets, hashes, hash: sha256(canonicalJson(hashes)), corrections };
}
