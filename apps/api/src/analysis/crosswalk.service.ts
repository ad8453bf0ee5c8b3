import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldProblem } from '@par/contracts';
import type { CriteriaSet } from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { actorLabel } from '../scoring/scoring.service';
import { criteriaSetNotFound } from '../criteria/criteria-set.errors';
import { CriteriaCrosswalk, type CrosswalkEntry } from './criteria-crosswalk.entity';

/** How an entry of the effective crosswalk came about. */
export type CrosswalkSource = 'explicit' | 'identity' | 'none';

export interface CrosswalkView {
  criteriaSetId: string;
  criteriaSet: string;
  previousCriteriaSetId: string | null;
  previousCriteriaSet: string | null;
  /** 0: nothing stored yet (identity by code). */
  version: number;
  entries: {
    code: string;
    title: string;
    depth: number;
    previous: string[];
    source: CrosswalkSource;
  }[];
}

export interface CrosswalkInput {
  previousCriteriaSetId: string;
  version: number;
  entries: CrosswalkEntry[];
}

/**
 * Maps a node code of a set to the codes of the previous year's set it continues: the stored entry, else
 * the same code when the previous set has it, else nothing (a new node: its line starts here).
 */
export function previousCodesOf(
  code: string,
  explicit: ReadonlyMap<string, readonly string[]>,
  previous: Pick<CriteriaSet, 'nodesByCode'> | null,
): { previous: string[]; source: CrosswalkSource } {
  const stored = explicit.get(code);
  if (stored) return { previous: [...stored], source: 'explicit' };
  if (!previous || previous.nodesByCode.has(code)) return { previous: [code], source: 'identity' };
  return { previous: [], source: 'none' };
}

/** `GET/PUT /criteria-sets/{id}/crosswalk`: the set's codes against the previous year's set's. */
@Injectable()
export class CrosswalkService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The stored crosswalk of a set (null: none), as a code → previous codes map. */
  async stored(
    setId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ previousSetId: string; map: Map<string, string[]> } | null> {
    const row = await manager.findOne(CriteriaCrosswalk, { where: { criteriaSetId: setId } });
    if (!row) return null;
    return {
      previousSetId: row.previousSetId,
      map: new Map(row.entries.map((entry) => [entry.code, entry.previous])),
    };
  }

  async view(setId: string, manager: EntityManager = this.dataSource.manager): Promise<CrosswalkView> {
    const set = await this.sets.get(setId, manager);
    const row = await manager.findOne(CriteriaCrosswalk, { where: { criteriaSetId: setId } });
    const previous = row ? await this.sets.get(row.previousSetId, manager) : null;
    const explicit = new Map((row?.entries ?? []).map((entry) => [entry.code, entry.previous]));
    return {
      criteriaSetId: setId,
      criteriaSet: set.code,
      previousCriteriaSetId: row?.previousSetId ?? null,
      previousCriteriaSet: previous?.code ?? null,
      version: row?.version ?? 0,
      entries: set.allNodes.map((node) => ({
        code: node.code,
        title: node.title,
        depth: node.depth,
        ...previousCodesOf(node.code, explicit, previous),
      })),
    };
  }

  /** Replaces the crosswalk (all or nothing; `version` = the version read, 0 for none). Audited. */
  async put(setId: string, input: CrosswalkInput, actor: Actor): Promise<CrosswalkView> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await manager.query<{ id: string }[]>(
        'SELECT id FROM criteria_set WHERE id = $1 FOR UPDATE',
        [setId],
      );
      if (!locked[0]) throw criteriaSetNotFound();
      const set = await this.sets.get(setId, manager);
      const problems: FieldProblem[] = [];
      let previous: CriteriaSet | null = null;
      if (input.previousCriteriaSetId === setId)
        problems.push(fieldProblem('CROSSWALK_SAME_SET', {}, 'previousCriteriaSetId'));
      else {
        const exists = await manager.query<{ id: string }[]>('SELECT id FROM criteria_set WHERE id = $1', [
          input.previousCriteriaSetId,
        ]);
        if (exists[0]) previous = await this.sets.get(input.previousCriteriaSetId, manager);
        else problems.push(fieldProblem('NOT_FOUND', {}, 'previousCriteriaSetId'));
      }
      const seen = new Set<string>();
      input.entries.forEach((entry, i) => {
        if (seen.has(entry.code))
          problems.push(fieldProblem('DUPLICATE_CODE', { code: entry.code }, `entries.${i}.code`));
        seen.add(entry.code);
        if (!set.nodesByCode.has(entry.code))
          problems.push(
            fieldProblem('CROSSWALK_UNKNOWN_NODE', { code: entry.code, set: set.code }, `entries.${i}.code`),
          );
        if (previous)
          entry.previous.forEach((code, j) => {
            if (!previous.nodesByCode.has(code))
              problems.push(
                fieldProblem(
                  'CROSSWALK_UNKNOWN_NODE',
                  { code, set: previous.code },
                  `entries.${i}.previous.${j}`,
                ),
              );
          });
      });
      if (problems.length) throw new DomainError('CROSSWALK_INVALID', { errors: problems });
      const row = await manager.findOne(CriteriaCrosswalk, {
        where: { criteriaSetId: setId },
        lock: { mode: 'pessimistic_write' },
      });
      const current = row?.version ?? 0;
      if (current !== input.version) throw new DomainError('STALE_VERSION', { extensions: { current } });
      const before = row ? { previousSetId: row.previousSetId, entries: row.entries } : null;
      const entries = input.entries.map((entry) => ({
        code: entry.code,
        previous: [...new Set(entry.previous)],
      }));
      const saved = manager.create(CriteriaCrosswalk, {
        criteriaSetId: setId,
        previousSetId: input.previousCriteriaSetId,
        entries,
        updatedBy: actorLabel(actor),
        version: current + 1,
      });
      await manager.save(saved);
      await this.audit.record(manager, actor, {
        action: 'criteria_crosswalk.put',
        entityType: 'criteria_set',
        entityId: setId,
        before,
        after: { previousSetId: input.previousCriteriaSetId, entries },
      });
      return this.view(setId, manager);
    });
  }
}
