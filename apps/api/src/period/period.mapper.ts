import type { BandV1 } from '@par/scoring';
import type { PeriodCriteriaSet } from './period-criteria-set.entity';
import { NEXT_STATE } from './period-transitions';
import type { Period } from './period.entity';
import type { PeriodUnitRow } from './period.repository';
import { deadlineInstant } from '../common/time/deadline';
import type { DeadlinesDto, PeriodDetailDto, PeriodSummaryDto } from './period.dto';

/** An ISO date-time from a request as a Date; null or absent as null. */
/** A deadline as an instant (a date alone: the end of that day in `timeZone`); see `deadlineInstant`. */
export const dateOrNull = (
  value: string | null | undefined,
  timeZone?: string,
  field?: string,
): Date | null => deadlineInstant(value, timeZone, field);

export function toPeriodSummary(period: Period, unitCount: number): PeriodSummaryDto {
  return {
    id: period.id,
    year: period.year,
    name: period.name,
    state: period.state,
    deadlines: {
      selfAssessment: period.selfAssessmentDue,
      appraisal: period.appraisalDue,
      explanation: period.explanationDue,
      finalAppraisal: period.finalAppraisalDue,
    },
    unitCount,
    decisionNo: period.decisionNo,
    decisionDate: period.decisionDate,
    publishedAt: period.publishedAt,
    appealDays: period.appealDays,
    version: period.version,
  };
}

/** The period with its sets (each with its set row loaded), the units the caller sees and the next state. */
export function toPeriodDetail(
  period: Period,
  sets: readonly PeriodCriteriaSet[],
  units: readonly PeriodUnitRow[],
): PeriodDetailDto {
  const next = NEXT_STATE[period.state];
  return {
    ...toPeriodSummary(period, units.length),
    tieBreakers: (period.tieBreakers ?? []).map((t) => ({ ...t })),
    criteriaSets: sets.map((link) => {
      const set = link.criteriaSet!;
      return {
        id: link.criteriaSetId,
        code: set.code,
        name: set.name,
        unitType: set.unitType,
        unitTypes: link.unitTypes,
        status: set.status,
        bands: link.bands ?? set.bands,
      };
    }),
    units: units.map((unit) => ({
      code: unit.code,
      name: unit.name,
      type: unit.type,
      group: unit.group_code,
      criteriaSetCode: unit.set_code,
      assessmentStatus: unit.status,
      selfAssessmentDue: unit.self_due,
      explanationDue: unit.expl_due,
    })),
    nextStates: next ? [next] : [],
  };
}

/** The deadline columns after a request: a field left out keeps `current`'s value (none: null), null clears it. */
export function deadlineColumns(
  deadlines: DeadlinesDto | undefined,
  current?: Pick<Period, 'selfAssessmentDue' | 'appraisalDue' | 'explanationDue' | 'finalAppraisalDue'>,
  timeZone?: string,
): Pick<Period, 'selfAssessmentDue' | 'appraisalDue' | 'explanationDue' | 'finalAppraisalDue'> {
  const pick = (value: string | null | undefined, old: Date | null | undefined, field: string) =>
    value === undefined ? (old ?? null) : dateOrNull(value, timeZone, `deadlines.${field}`);
  return {
    selfAssessmentDue: pick(deadlines?.selfAssessment, current?.selfAssessmentDue, 'selfAssessment'),
    appraisalDue: pick(deadlines?.appraisal, current?.appraisalDue, 'appraisal'),
    explanationDue: pick(deadlines?.explanation, current?.explanationDue, 'explanation'),
    finalAppraisalDue: pick(deadlines?.finalAppraisal, current?.finalAppraisalDue, 'finalAppraisal'),
  };
}

/** A period's own bands as stored (`minIndex` a number). */
export function toBands(
  bands: readonly { code: string; label: string; minIndex: number | string }[],
): BandV1[] {
  return bands.map((band) => ({ code: band.code, label: band.label, minIndex: Number(band.minIndex) }));
}
