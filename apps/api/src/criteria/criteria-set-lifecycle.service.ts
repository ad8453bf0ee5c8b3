import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseCriteriaSet, type CriteriaSet, type CriteriaSetV1 } from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { isUniqueViolation } from '../common/database-errors';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem, verbatim } from '../common/errors/field-problem';
import { Clock } from '../common/time/clock';
import { sameCode } from '../common/codes';
import { UnitType } from '../organization/unit-type.entity';
import { CriteriaNodeRow } from './criteria-node.entity';
import { CriteriaSetRow } from './criteria-set.entity';
import { criteriaSetCodeTaken, criteriaSetFrozen, criteriaSetInvalid } from './criteria-set.errors';
import { toBandRows, toNodeRows } from './criteria-set.mapper';
import { CriteriaSetService } from './criteria-set.service';
import type { CloneCriteriaSetDto } from './criteria.dto';

const isCodeTaken = (error: unknown) =>
  isUniqueViolation(error, 'UQ_criteria_set_code') || isUniqueViolation(error, 'UQ_criteria_set_code_ci');

/** A set's life: created (imported or cloned) as a draft → published (frozen) → archived; a draft no period uses may be deleted. */
@Injectable()
export class CriteriaSetLifecycleService {
  constructor(
    private readonly sets: CriteriaSetService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The set whose code is `code` ignoring case, if any. */
  private withCode(code: string): Promise<CriteriaSetRow | null> {
    return this.dataSource.getRepository(CriteriaSetRow).findOneBy({ code: sameCode(code) });
  }

  /** A new draft from a validated document (`parsed` is `document` as libs/scoring read it). */
  async create(
    document: CriteriaSetV1,
    parsed: CriteriaSet,
    actor: Actor,
    sourceDecision: string | null = null,
  ): Promise<CriteriaSetRow> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await assertUnitType(manager, parsed.unitType);
        const row = manager.create(CriteriaSetRow, {
          code: parsed.code,
          name: parsed.name,
          year: parsed.year,
          unitType: parsed.unitType,
          sourceDecision,
          bands: toBandRows(document.bands),
          bonusMaxMilli: parsed.adjustments?.bonusMaxMilli ?? null,
          penaltyMaxMilli: parsed.adjustments?.penaltyMaxMilli ?? null,
          status: 'draft',
          clonedFromId: null,
          publishedAt: null,
        });
        await manager.save(row);
        await manager.insert(CriteriaNodeRow, toNodeRows(document, parsed, row.id));
        await this.audit.record(manager, actor, {
          action: 'criteria_set.import',
          entityType: 'criteria_set',
          entityId: row.id,
          after: {
            code: row.code,
            year: row.year,
            unitType: row.unitType,
            leaves: parsed.leaves.length,
            sourceDecision,
          },
        });
        return row;
      });
    } catch (error) {
      if (isCodeTaken(error)) throw criteriaSetCodeTaken(parsed.code, await this.withCode(parsed.code));
      throw error;
    }
  }

  /** A new draft for another year with the same tree (the yearly re-issue starts here). */
  async clone(id: string, dto: CloneCriteriaSetDto, actor: Actor): Promise<CriteriaSetRow> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const source = await this.sets.load(id, manager);
        const row = manager.create(CriteriaSetRow, {
          ...source.row,
          id: undefined,
          code: dto.code,
          year: dto.year,
          name: dto.name ?? source.row.name.replace(String(source.row.year), String(dto.year)),
          status: 'draft',
          clonedFromId: id,
          publishedAt: null,
          version: undefined,
          createdAt: undefined,
          updatedAt: undefined,
        });
        await manager.save(row);
        if (source.nodes.length) {
          await manager.insert(
            CriteriaNodeRow,
            source.nodes.map(({ id: _id, set: _set, ...node }) => ({ ...node, setId: row.id })),
          );
        }
        await this.audit.record(manager, actor, {
          action: 'criteria_set.clone',
          entityType: 'criteria_set',
          entityId: row.id,
          after: { code: row.code, year: row.year, from: source.row.code },
        });
        return row;
      });
    } catch (error) {
      if (isCodeTaken(error)) throw criteriaSetCodeTaken(dto.code, await this.withCode(dto.code));
      throw error;
    }
  }

  /** Publication freezes the set; it needs a set without any issue. Joins `manager`'s transaction if given. */
  async publish(id: string, actor: Actor, manager?: EntityManager): Promise<CriteriaSetRow> {
    const work = async (transaction: EntityManager) => {
      const row = await this.sets.lock(transaction, id);
      if (row.status === 'published') return row;
      if (row.status === 'archived') throw criteriaSetFrozen(row);
      const { document } = await this.sets.load(id, transaction);
      const result = parseCriteriaSet(document);
      if (!result.ok) throw criteriaSetInvalid(result.issues);
      const before = { status: row.status };
      row.status = 'published';
      row.publishedAt = this.clock.now();
      await transaction.save(row);
      await this.audit.record(transaction, actor, {
        action: 'criteria_set.publish',
        entityType: 'criteria_set',
        entityId: id,
        before,
        after: { status: row.status },
      });
      return row;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  async archive(id: string, actor: Actor): Promise<CriteriaSetRow> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.sets.lock(manager, id);
      const before = { status: row.status };
      row.status = 'archived';
      await manager.save(row);
      await this.audit.record(manager, actor, {
        action: 'criteria_set.archive',
        entityType: 'criteria_set',
        entityId: id,
        before,
        after: { status: row.status },
      });
      return row;
    });
  }

  async remove(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.sets.lock(manager, id);
      if (row.status !== 'draft') throw criteriaSetFrozen(row);
      const used = await manager.query<unknown[]>(
        'SELECT 1 FROM period_criteria_set WHERE criteria_set_id = $1 LIMIT 1',
        [id],
      );
      if (used.length) throw new DomainError('CRITERIA_SET_IN_USE');
      await manager.delete(CriteriaSetRow, { id });
      await this.audit.record(manager, actor, {
        action: 'criteria_set.delete',
        entityType: 'criteria_set',
        entityId: id,
        before: { code: row.code },
      });
    });
  }
}

async function assertUnitType(manager: EntityManager, code: string): Promise<void> {
  if (!(await manager.existsBy(UnitType, { code }))) {
    throw new DomainError('UNIT_TYPE_UNKNOWN', {
      detail: verbatim(code),
      errors: [fieldProblem('UNIT_TYPE_UNKNOWN', { unitType: code }, '/unitType')],
    });
  }
}
