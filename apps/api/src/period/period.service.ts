import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UNIT_ROLES } from '@par/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { CriteriaSetRow } from '../criteria/criteria-set.entity';
import { groupsSpanningSets, setChoiceProblems, setRouting, unitTypesOf } from './period-assignment';
import { PeriodCriteriaSet } from './period-criteria-set.entity';
import { PeriodParticipantService } from './period-participant.service';
import { PeriodUnit } from './period-unit.entity';
import { Period, assertNotPublished, periodNotFound } from './period.entity';
import { deadlineColumns, toBands, toPeriodDetail, toPeriodSummary } from './period.mapper';
import { PeriodRepository } from './period.repository';
import type { CreatePeriodDto, PeriodDetailDto, PeriodSummaryDto, UpdatePeriodDto } from './period.dto';
import { transactionWithRetry } from '../common/transaction';

/** Periods: create (with their sets and first participants), read as the caller may, edit name and deadlines. */
@Injectable()
export class PeriodService {
  constructor(
    private readonly participants: PeriodParticipantService,
    private readonly periods: PeriodRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(dto: CreatePeriodDto, actor: Actor): Promise<Period> {
    const choices =
      dto.criteriaSets ?? (dto.criteriaSetId ? [{ criteriaSetId: dto.criteriaSetId, bands: dto.bands }] : []);
    if (choices.length === 0 || (dto.criteriaSetId && dto.criteriaSets)) {
      throw new DomainError('PERIOD_INVALID', {
        errors: [fieldProblem('INVALID', {}, 'criteriaSetId')],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const sets = await manager.findBy(CriteriaSetRow, {
        id: In(choices.map((choice) => choice.criteriaSetId)),
      });
      const links = choices.map((choice) => ({
        criteriaSetId: choice.criteriaSetId,
        unitTypes: unitTypesOf(choice, sets),
        bands: choice.bands ? toBands(choice.bands) : null,
      }));
      const problems = setChoiceProblems(choices, sets);
      const { assigned, problems: unitProblems } = await this.participants.assign(
        manager,
        dto.units,
        sets,
        setRouting(links),
      );
      problems.push(...unitProblems, ...groupsSpanningSets(assigned));
      if (problems.length) throw new DomainError('PERIOD_INVALID', { errors: problems });

      const period = manager.create(Period, {
        year: dto.year,
        name: dto.name.trim(),
        state: 'setup',
        ...deadlineColumns(dto.deadlines, undefined, this.config.env.PAR_TIME_ZONE),
        decisionNo: null,
        decisionDate: null,
        publishedAt: null,
      });
      await manager.save(period);
      await manager.insert(
        PeriodCriteriaSet,
        links.map((link) => ({ periodId: period.id, ...link })),
      );
      await this.participants.insert(manager, period.id, assigned);
      await this.audit.record(manager, actor, {
        action: 'period.create',
        entityType: 'period',
        entityId: period.id,
        after: {
          year: period.year,
          name: period.name,
          sets: sets.map((set) => set.code),
          units: assigned.length,
        },
      });
      return period;
    });
  }

  async list(actor: Actor): Promise<PeriodSummaryDto[]> {
    const periods = await this.periods.visible(ownUnit(actor));
    const counts = await this.periods.unitCounts();
    return periods.map((period) => toPeriodSummary(period, counts.get(period.id) ?? 0));
  }

  /** The period if the caller may see it (unit roles: only periods their unit takes part in), else 404. */
  async get(id: string, actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<Period> {
    const period = await manager.findOneBy(Period, { id });
    if (!period) throw periodNotFound();
    const own = ownUnit(actor);
    if (own !== undefined) {
      const member = own ? await manager.existsBy(PeriodUnit, { periodId: id, unitId: own }) : false;
      if (!member) throw periodNotFound();
    }
    return period;
  }

  async detail(id: string, actor: Actor): Promise<PeriodDetailDto> {
    const period = await this.get(id, actor);
    const sets = await this.periods.criteriaSets(id);
    const units = await this.periods.units(id, ownUnit(actor));
    return toPeriodDetail(period, sets, units);
  }

  async update(id: string, dto: UpdatePeriodDto, actor: Actor): Promise<Period> {
    return transactionWithRetry(this.dataSource, async (manager) => {
      const period = await this.periods.lock(manager, id);
      assertNotPublished(period);
      if (period.version !== dto.version) {
        const unitCount = await manager.countBy(PeriodUnit, { periodId: id });
        throw new DomainError('STALE_VERSION', {
          extensions: { current: toPeriodSummary(period, unitCount) },
        });
      }
      const before = { ...period };
      if (dto.name !== undefined) period.name = dto.name.trim();
      if (dto.deadlines)
        Object.assign(period, deadlineColumns(dto.deadlines, period, this.config.env.PAR_TIME_ZONE));
      if (dto.tieBreakers !== undefined)
        period.tieBreakers = dto.tieBreakers.map((t) =>
          t.by === 'node' ? { by: 'node', code: t.code! } : { by: t.by },
        );
      if (dto.appealDays !== undefined) period.appealDays = dto.appealDays;
      await manager.save(period);
      await this.audit.record(manager, actor, {
        action: 'period.update',
        entityType: 'period',
        entityId: id,
        before,
        after: period,
      });
      return period;
    });
  }
}

/** Unit roles see only periods of their own unit: their unit id (or null if they have none); others: undefined. */
function ownUnit(actor: Actor): string | null | undefined {
  const principal = actor.principal;
  return principal?.kind === 'user' && UNIT_ROLES.includes(principal.role) ? principal.unitId : undefined;
}
