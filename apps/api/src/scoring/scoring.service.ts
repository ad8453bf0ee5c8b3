import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  computeResults,
  parseAssessments,
  parseBands,
  RESULTS_FORMAT,
  type BandV1,
  type ResultsV1,
} from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { issuesToProblems } from '../common/errors/issues';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { CriteriaSetLifecycleService } from '../criteria/criteria-set-lifecycle.service';
import { Period, periodNotFound } from '../period/period.entity';
import { surveyComputeWarnings } from '../survey/survey-scoring';
import { FinalInputRepository, type PeriodInputs } from './final-input.repository';
import { ResultSnapshot, type ComputeWarning } from './result-snapshot.entity';

/** The snapshot a compute stored, as the API shows it. */
export interface SnapshotSummary {
  id: string;
  seq: number;
  provisional: boolean;
  appeal: boolean;
  inputsHash: string;
  computedBy: string;
  computedAt: Date;
}

/** What compute answers: the results, the snapshot stored, and the warnings (units below the survey minimum, units with leaves without input). */
export type ComputeAnswer = ResultsV1 & { warnings: ComputeWarning[]; snapshot: SnapshotSummary };

/** One unit that moved between two snapshots. */
export interface UnitMove {
  code: string;
  group: string;
  fromIndex: number | null;
  toIndex: number | null;
  indexChange: number | null;
  fromRank: number | null;
  toRank: number | null;
  rankChange: number | null;
  fromBand: string | null;
  toBand: string | null;
}

export const snapshotNotFound = () => new DomainError('SNAPSHOT_NOT_FOUND');

export function actorLabel(actor: Actor): string {
  const principal = actor.principal;
  if (!principal) return 'system';
  return principal.kind === 'user' ? principal.username : `api-key:${principal.name}`;
}

export function summary(snapshot: ResultSnapshot): SnapshotSummary {
  const { id, seq, provisional, appeal, inputsHash, computedBy, computedAt } = snapshot;
  return { id, seq, provisional, appeal, inputsHash, computedBy, computedAt };
}

/** Compute (libs/scoring on the final inputs, in one transaction) into immutable snapshots; read and diff them. */
@Injectable()
export class ScoringService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly criteria: CriteriaSetLifecycleService,
    private readonly finalInputs: FinalInputRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Everything read and written in one transaction, the period row locked: inputs, scores, snapshot,
   * period state. `provisional`: before every unit is final (and before the survey closes), from the latest
   * inputs; stored and shown, never publishable, and the period's state does not move.
   */
  async compute(periodId: string, actor: Actor, provisional = false): Promise<ComputeAnswer> {
    return this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      if (period.state === 'published') throw new DomainError('PERIOD_PUBLISHED');
      let surveyWarnings: ComputeWarning[] = [];
      if (provisional) {
        surveyWarnings = (await surveyComputeWarnings(manager, periodId).catch(() => [])) ?? [];
      } else {
        surveyWarnings = (await surveyComputeWarnings(manager, periodId)) ?? []; // 409 SURVEY_NOT_CLOSED while open
        const open = await this.finalInputs.notFinal(manager, periodId);
        if (open.length) {
          throw new DomainError('ASSESSMENTS_NOT_FINAL', {
            detail: {
              vi: `${open.length} đơn vị: ${open.map((row) => row.code).join(', ')}`,
              en: `${open.length} unit(s): ${open.map((row) => row.code).join(', ')}`,
            },
            errors: open.map((row) =>
              fieldProblem('NOT_FINAL', { unit: row.code, status: row.status }, { unit: row.code }),
            ),
          });
        }
      }
      const inputs = await this.finalInputs.periodInputs(manager, periodId, provisional);
      const { results, warnings } = await this.score(manager, inputs, surveyWarnings);
      const units = results.units;
      const seq =
        ((
          await manager.query<{ max: number | null }[]>(
            `SELECT max(seq) AS max FROM result_snapshot WHERE period_id = $1`,
            [periodId],
          )
        )[0].max ?? 0) + 1;
      const snapshot = await manager.save(
        manager.create(ResultSnapshot, {
          periodId,
          seq,
          provisional,
          results,
          warnings,
          inputsHash: inputs.hash,
          inputHashes: inputs.hashes,
          computedBy: actorLabel(actor),
          computedAt: this.clock.now(),
        }),
      );
      if (!provisional) {
        // Results stand on their sets: a period imported straight to compute freezes them here.
        for (const entry of inputs.sets) await this.criteria.publish(entry.setId, actor, manager);
        const before = { state: period.state, computedAt: period.computedAt };
        Object.assign(period, { results, computedAt: snapshot.computedAt, state: 'computed' });
        await manager.save(period);
        await this.audit.record(manager, actor, {
          action: 'period.compute',
          entityType: 'period',
          entityId: periodId,
          before,
          after: { state: 'computed', units: units.length, snapshot: seq, inputsHash: inputs.hash },
        });
      } else {
        await this.audit.record(manager, actor, {
          action: 'period.compute_provisional',
          entityType: 'period',
          entityId: periodId,
          after: { units: units.length, snapshot: seq, inputsHash: inputs.hash },
        });
      }
      return { ...results, warnings, snapshot: summary(snapshot) };
    });
  }

  /**
   * Scores the inputs of a period with libs/scoring (per criteria set, its bands, the period's tie-breakers)
   * and names the units with leaves without input. The one scoring path of compute and the appeal compute.
   */
  async score(
    manager: EntityManager,
    inputs: PeriodInputs,
    surveyWarnings: ComputeWarning[],
  ): Promise<{ results: ResultsV1; warnings: ComputeWarning[] }> {
    const units: ResultsV1['units'][number][] = [];
    for (const entry of inputs.sets) {
      const set = await this.sets.get(entry.setId, manager);
      const parsed = parseAssessments(entry.document, set);
      if (!parsed.ok)
        throw new DomainError('ASSESSMENTS_INVALID', { errors: issuesToProblems(parsed.issues) });
      const bands = entry.bands ? bandsOf(entry.bands) : undefined;
      const unknown = inputs.tieBreakers.filter((t) => t.by === 'node' && !set.nodesByCode.has(t.code));
      if (unknown.length)
        throw new DomainError('PERIOD_INVALID', {
          detail: {
            vi: `tiêu chí phụ xếp hạng không có trong bộ ${set.code}: ${unknown.map((t) => (t.by === 'node' ? t.code : '')).join(', ')}`,
            en: `tie-breaker node(s) not in set ${set.code}: ${unknown.map((t) => (t.by === 'node' ? t.code : '')).join(', ')}`,
          },
        });
      // Ranks are within a group, so a group with bands of its own is scored apart with them.
      const own = new Set(Object.keys(inputs.groupBands));
      const rest = parsed.value.units.filter((unit) => !own.has(unit.group));
      if (rest.length)
        units.push(
          ...computeResults(set, { ...parsed.value, units: rest }, { bands, tieBreakers: inputs.tieBreakers })
            .units,
        );
      for (const group of own) {
        const members = parsed.value.units.filter((unit) => unit.group === group);
        if (!members.length) continue;
        units.push(
          ...computeResults(
            set,
            { ...parsed.value, units: members },
            { bands: bandsOf(inputs.groupBands[group]), tieBreakers: inputs.tieBreakers },
          ).units,
        );
      }
    }
    const codes = inputs.sets.map((entry) => entry.setCode);
    // results/v1 names one set: with several, each unit's set is in the public feed (`criteriaSet` per unit).
    const results: ResultsV1 = { format: RESULTS_FORMAT, criteriaSet: codes[0] ?? '', units };
    const warnings: ComputeWarning[] = [
      ...surveyWarnings,
      ...units
        .filter((unit) => unit.missing.length > 0)
        .map((unit) => ({ unit: unit.code, code: 'MISSING_LEAVES' as const, leaves: [...unit.missing] })),
    ];
    return { results, warnings };
  }

  /**
   * The appeal compute of a published period, in the caller's transaction: `inputs` are the final inputs
   * with the upheld corrections applied (their hash includes them). Stores a snapshot marked `appeal`; the
   * period stays published and its results do not move until a new publication version.
   */
  async computeAppeal(
    manager: EntityManager,
    periodId: string,
    inputs: PeriodInputs,
    actor: Actor,
  ): Promise<ResultSnapshot> {
    const surveyWarnings = (await surveyComputeWarnings(manager, periodId).catch(() => [])) ?? [];
    const { results, warnings } = await this.score(manager, inputs, surveyWarnings);
    const seq =
      ((
        await manager.query<{ max: number | null }[]>(
          `SELECT max(seq) AS max FROM result_snapshot WHERE period_id = $1`,
          [periodId],
        )
      )[0].max ?? 0) + 1;
    const snapshot = await manager.save(
      manager.create(ResultSnapshot, {
        periodId,
        seq,
        provisional: false,
        appeal: true,
        results,
        warnings,
        inputsHash: inputs.hash,
        inputHashes: inputs.hashes,
        computedBy: actorLabel(actor),
        computedAt: this.clock.now(),
      }),
    );
    await this.audit.record(manager, actor, {
      action: 'period.compute_appeal',
      entityType: 'period',
      entityId: periodId,
      after: { units: results.units.length, snapshot: seq, inputsHash: inputs.hash },
    });
    return snapshot;
  }

  /** The last computed (final) results of a period. */
  async results(periodId: string): Promise<ResultsV1> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period) throw periodNotFound();
    if (!period.results) throw new DomainError('RESULTS_NOT_COMPUTED');
    return period.results;
  }

  async snapshots(periodId: string): Promise<(SnapshotSummary & { warnings: number })[]> {
    await this.period(periodId);
    const rows = await this.dataSource.getRepository(ResultSnapshot).find({
      where: { periodId },
      order: { seq: 'DESC' },
      select: {
        id: true,
        seq: true,
        provisional: true,
        appeal: true,
        inputsHash: true,
        computedBy: true,
        computedAt: true,
        warnings: true,
      },
    });
    return rows.map((row) => ({ ...summary(row), warnings: row.warnings.length }));
  }

  async snapshot(
    periodId: string,
    snapshotId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ResultSnapshot> {
    const row = await manager.findOneBy(ResultSnapshot, { id: snapshotId, periodId });
    if (!row) throw snapshotNotFound();
    return row;
  }

  /** The latest snapshot of a period (provisional or not), or null. */
  latest(periodId: string, manager: EntityManager = this.dataSource.manager): Promise<ResultSnapshot | null> {
    return manager.findOne(ResultSnapshot, { where: { periodId }, order: { seq: 'DESC' } });
  }

  /** Which units moved from one snapshot to another, by how much (index, rank, band); unmoved units are left out. */
  async diff(
    periodId: string,
    fromId: string,
    toId: string,
  ): Promise<{ from: SnapshotSummary; to: SnapshotSummary; units: UnitMove[] }> {
    const from = await this.snapshot(periodId, fromId);
    const to = await this.snapshot(periodId, toId);
    const before = new Map(from.results.units.map((unit) => [unit.code, unit]));
    const codes = new Set([...before.keys(), ...to.results.units.map((unit) => unit.code)]);
    const after = new Map(to.results.units.map((unit) => [unit.code, unit]));
    const units: UnitMove[] = [];
    for (const code of [...codes].sort()) {
      const a = before.get(code);
      const b = after.get(code);
      const move: UnitMove = {
        code,
        group: (b ?? a)!.group,
        fromIndex: a?.index ?? null,
        toIndex: b?.index ?? null,
        indexChange: a?.index != null && b?.index != null ? round3(b.index - a.index) : null,
        fromRank: a?.rank ?? null,
        toRank: b?.rank ?? null,
        rankChange: a?.rank != null && b?.rank != null ? a.rank - b.rank : null,
        fromBand: a?.band ?? null,
        toBand: b?.band ?? null,
      };
      if (
        move.fromIndex !== move.toIndex ||
        move.fromRank !== move.toRank ||
        move.fromBand !== move.toBand ||
        a?.points !== b?.points
      )
        units.push(move);
    }
    return { from: summary(from), to: summary(to), units };
  }

  private async period(periodId: string): Promise<Period> {
    const period = await this.dataSource.getRepository(Period).findOneBy({ id: periodId });
    if (!period) throw periodNotFound();
    return period;
  }
}

function bandsOf(bands: BandV1[]) {
  const parsed = parseBands(bands);
  if (!parsed.ok) throw new DomainError('PERIOD_INVALID', { errors: issuesToProblems(parsed.issues) });
  return parsed.value;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
