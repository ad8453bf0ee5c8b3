import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  parseAssessments,
  parseBands,
  scoreUnits,
  type Assessments,
  type Band,
  type CriteriaSet,
  type UnitScore,
} from '@par/scoring';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { issuesToProblems } from '../common/errors/issues';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { Period, periodNotFound } from '../period/period.entity';
import { FinalInputRepository } from '../scoring/final-input.repository';
import { ResultSnapshot } from '../scoring/result-snapshot.entity';

/** One criteria set of the period with its final inputs, parsed and scored. */
export interface ScoredSet {
  set: CriteriaSet;
  bands: readonly Band[] | undefined;
  assessments: Assessments;
  units: UnitScore[];
}

/** What every analysis reads: the period's final inputs scored as its last compute scored them. */
export interface AnalysisInput {
  period: Period;
  /** The snapshot the analysis stands on (the last non-provisional compute). */
  snapshot: { id: string; seq: number; computedAt: Date };
  /** True when an input changed after that compute (the figures are today's inputs, not the snapshot's). */
  stale: boolean;
  sets: ScoredSet[];
  /** Unit names by code (units and agencies). */
  names: Map<string, string>;
  /** Unit ids by code. */
  ids: Map<string, string>;
}

/** Loads and scores a computed period's final inputs with libs/scoring (the same functions compute uses). */
@Injectable()
export class AnalysisInputLoader {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly finalInputs: FinalInputRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async period(periodId: string): Promise<Period> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period) throw periodNotFound();
    return period;
  }

  async load(periodId: string): Promise<AnalysisInput> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const period = await manager.findOne(Period, { where: { id: periodId } });
      if (!period) throw periodNotFound();
      const snapshot = await manager.findOne(ResultSnapshot, {
        where: { periodId, provisional: false },
        order: { seq: 'DESC' },
        select: { id: true, seq: true, computedAt: true, inputsHash: true },
      });
      if (!period.results || !snapshot) throw new DomainError('RESULTS_NOT_COMPUTED');
      const inputs = await this.finalInputs.periodInputs(manager, periodId, false);
      const sets: ScoredSet[] = [];
      for (const entry of inputs.sets) {
        const set = await this.sets.get(entry.setId, manager);
        const parsed = parseAssessments(entry.document, set);
        if (!parsed.ok)
          throw new DomainError('ASSESSMENTS_INVALID', { errors: issuesToProblems(parsed.issues) });
        let bands: readonly Band[] | undefined;
        if (entry.bands) {
          const parsedBands = parseBands(entry.bands);
          if (parsedBands.ok) bands = parsedBands.value;
        }
        sets.push({ set, bands, assessments: parsed.value, units: scoreUnits(set, parsed.value) });
      }
      const unitRows = await manager.query<{ id: string; code: string; name: string }[]>(
        `SELECT id, code, name FROM unit`,
      );
      const names = new Map(unitRows.map((row) => [row.code, row.name]));
      const ids = new Map(unitRows.map((row) => [row.code, row.id]));
      return {
        period,
        snapshot: { id: snapshot.id, seq: snapshot.seq, computedAt: snapshot.computedAt },
        stale: snapshot.inputsHash !== inputs.hash,
        sets,
        names,
        ids,
      };
    });
  }
}
