import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DETAIL_TEXTS, fieldProblemText, type FieldProblem } from '@par/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Assessment } from '../self-assessment/assessment.entity';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Actor } from '../auth/principal';
import { DomainError, notFound } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { CriteriaSetRow } from '../criteria/criteria-set.entity';
import { Unit } from '../organization/unit.entity';
import { assignUnits, groupsSpanningSets, setRouting, type Assignment } from './period-assignment';
import { PeriodCriteriaSet } from './period-criteria-set.entity';
import { PeriodUnit } from './period-unit.entity';
import { assertNotPublished } from './period.entity';
import { dateOrNull } from './period.mapper';
import { PeriodRepository } from './period.repository';
import type { PeriodUnitInputDto, UnitDeadlineDto } from './period.dto';
import { sameCode } from '../common/codes';

const notParticipating = (code: string) => notFound(DETAIL_TEXTS.NOT_PARTICIPATING({ unit: code }));

/** A period's participants: units joining and leaving (setup only), and per-unit deadline extensions. */
@Injectable()
export class PeriodParticipantService {
  constructor(
    private readonly periods: PeriodRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The requested units with the set each is scored on, or the problems that keep them out. */
  async assign(
    manager: EntityManager,
    inputs: readonly PeriodUnitInputDto[],
    sets: readonly CriteriaSetRow[],
    routing: ReadonlyMap<string, string> | null,
  ): Promise<{ assigned: Assignment[]; problems: FieldProblem[] }> {
    const units = await manager.findBy(Unit, { code: In(inputs.map((input) => input.code)) });
    return assignUnits(inputs, units, sets, routing);
  }

  /** Participants and their (empty, draft) assessments: every unit has one from the start. */
  async insert(manager: EntityManager, periodId: string, assigned: readonly Assignment[]): Promise<void> {
    if (!assigned.length) return;
    await manager.insert(
      PeriodUnit,
      assigned.map((assignment) => ({
        periodId,
        unitId: assignment.unit.id,
        groupCode: assignment.group,
        criteriaSetId: assignment.setId,
        selfAssessmentDue: null,
        explanationDue: null,
      })),
    );
    await manager.insert(
      Assessment,
      assigned.map((assignment) => ({
        periodId,
        unitId: assignment.unit.id,
        criteriaSetId: assignment.setId,
        status: 'draft' as const,
      })),
    );
  }

  async addUnits(id: string, inputs: PeriodUnitInputDto[], actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const period = await this.periods.lock(manager, id);
      if (period.state !== 'setup') throw setupOnly('add');
      const links = await manager.findBy(PeriodCriteriaSet, { periodId: id });
      const sets = await manager.find(CriteriaSetRow, {
        where: { id: In(links.map((link) => link.criteriaSetId)) },
      });
      const { assigned, problems } = await this.assign(manager, inputs, sets, setRouting(links));
      const participants = await manager.findBy(PeriodUnit, { periodId: id });
      problems.push(
        ...groupsSpanningSets([
          ...assigned,
          ...participants.map((participant) => ({
            group: participant.groupCode,
            setId: participant.criteriaSetId,
            unit: { code: participant.unitId },
          })),
        ]),
      );
      const existing = await manager.findBy(PeriodUnit, {
        periodId: id,
        unitId: In(assigned.map((assignment) => assignment.unit.id)),
      });
      for (const participant of existing) {
        const code = assigned.find((assignment) => assignment.unit.id === participant.unitId)!.unit.code;
        problems.push(fieldProblem('ALREADY_PARTICIPATING', { unit: code }, 'units'));
      }
      if (problems.length) throw new DomainError('PERIOD_INVALID', { errors: problems });
      await this.insert(manager, id, assigned);
      await this.audit.record(manager, actor, {
        action: 'period.add_units',
        entityType: 'period',
        entityId: id,
        after: { units: assigned.map((assignment) => assignment.unit.code) },
      });
    });
  }

  async removeUnit(id: string, code: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const period = await this.periods.lock(manager, id);
      if (period.state !== 'setup') throw setupOnly('remove');
      const unit = await manager.findOneBy(Unit, { code: sameCode(code) });
      const participant = unit
        ? await manager.findOneBy(PeriodUnit, { periodId: id, unitId: unit.id })
        : null;
      if (!unit || !participant) throw notParticipating(code);
      await manager.delete(Assessment, { periodId: id, unitId: unit.id });
      await manager.delete(PeriodUnit, { periodId: id, unitId: unit.id });
      await this.audit.record(manager, actor, {
        action: 'period.remove_unit',
        entityType: 'period',
        entityId: id,
        before: { unit: code },
      });
    });
  }

  /** Admin's per-unit deadline extension. */
  async setUnitDeadlines(id: string, code: string, dto: UnitDeadlineDto, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const period = await this.periods.lock(manager, id);
      assertNotPublished(period);
      const unit = await manager.findOneBy(Unit, { code: sameCode(code) });
      const participant = unit
        ? await manager.findOne(PeriodUnit, {
            where: { periodId: id, unitId: unit.id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!participant) throw notParticipating(code);
      const before = {
        selfAssessmentDue: participant.selfAssessmentDue,
        explanationDue: participant.explanationDue,
      };
      if (dto.selfAssessmentDue !== undefined)
        participant.selfAssessmentDue = dateOrNull(
          dto.selfAssessmentDue,
          this.config.env.PAR_TIME_ZONE,
          'selfAssessmentDue',
        );
      if (dto.explanationDue !== undefined)
        participant.explanationDue = dateOrNull(
          dto.explanationDue,
          this.config.env.PAR_TIME_ZONE,
          'explanationDue',
        );
      await manager.save(participant);
      await this.audit.record(manager, actor, {
        action: 'period.extend_deadline',
        entityType: 'period_unit',
        entityId: `${id}/${code}`,
        before,
        after: {
          selfAssessmentDue: participant.selfAssessmentDue,
          explanationDue: participant.explanationDue,
        },
      });
    });
  }
}

function setupOnly(change: 'add' | 'remove'): DomainError {
  return new DomainError('PERIOD_STATE_CONFLICT', {
    detail: fieldProblemText('SETUP_ONLY', { change }),
    errors: [fieldProblem('SETUP_ONLY', { change })],
  });
}
