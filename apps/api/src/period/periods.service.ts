import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UNIT_ROLES } from '@par/contracts';
import { parseCriteriaSet, type BandV1 } from '@par/scoring';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Assessment } from '../self-assessment/assessment.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { CriteriaSetRow } from '../criteria/criteria-set.entity';
import { CriteriaSetsService } from '../criteria/criteria-sets.service';
import { Unit } from '../organization/unit.entity';
import { PeriodCriteriaSet } from './period-criteria-set.entity';
import { NEXT_STATE, unmetPreconditions, type TransitionFacts } from './period-transitions';
import { PeriodUnit } from './period-unit.entity';
import { Period, type PeriodState, periodNotFound } from './period.entity';
import type {
  CreatePeriodDto,
  DeadlinesDto,
  PeriodDetailDto,
  PeriodSummaryDto,
  PeriodUnitInputDto,
  UnitDeadlineDto,
  UpdatePeriodDto,
} from './period.dto';

const date = (value: string | null | undefined) => (value ? new Date(value) : null);

/** Periods: participants, sets per unit type, deadlines and the audited state machine. */
@Injectable()
export class PeriodsService {
  constructor(
    private readonly sets: CriteriaSetsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(dto: CreatePeriodDto, actor: Actor): Promise<Period> {
    const setInputs =
      dto.criteriaSets ?? (dto.criteriaSetId ? [{ criteriaSetId: dto.criteriaSetId, bands: dto.bands }] : []);
    if (setInputs.length === 0 || (dto.criteriaSetId && dto.criteriaSets)) {
      throw periodInvalid(
        'criteriaSetId',
        'cần đúng một trong criteriaSetId hoặc criteriaSets',
        'give exactly one of criteriaSetId or criteriaSets',
      );
    }
    return this.dataSource.transaction(async (m) => {
      const sets = await m.findBy(CriteriaSetRow, { id: In(setInputs.map((s) => s.criteriaSetId)) });
      const problems: { field: string; code: string; message: string; messageEn: string }[] = [];
      for (const [i, input] of setInputs.entries()) {
        const set = sets.find((s) => s.id === input.criteriaSetId);
        if (!set)
          problems.push({
            field: `criteriaSets.${i}`,
            code: 'NOT_FOUND',
            message: 'Không có bộ tiêu chí này',
            messageEn: 'No such criteria set',
          });
        else if (set.status === 'archived') {
          problems.push({
            field: `criteriaSets.${i}`,
            code: 'ARCHIVED',
            message: `${set.code} đã lưu trữ`,
            messageEn: `${set.code} is archived`,
          });
        }
      }
      const typesOf = (input: (typeof setInputs)[number]) =>
        input.unitTypes ?? sets.filter((x) => x.id === input.criteriaSetId).map((x) => x.unitType);
      const types = setInputs.flatMap(typesOf);
      if (setInputs.length > 1 && new Set(types).size !== types.length) {
        problems.push({
          field: 'criteriaSets',
          code: 'DUPLICATE_UNIT_TYPE',
          message: 'Mỗi loại đơn vị chỉ một bộ tiêu chí',
          messageEn: 'One set per unit type',
        });
      }
      const routing =
        setInputs.length === 1
          ? null
          : new Map(
              setInputs.flatMap((input) =>
                typesOf(input).map((type) => [type, input.criteriaSetId] as const),
              ),
            );
      const assigned = await this.resolveUnits(m, dto.units, sets, routing, problems);
      assertGroupsWithinSets(assigned, problems);
      if (problems.length) throw new DomainError('PERIOD_INVALID', { errors: problems });

      const period = m.create(Period, {
        year: dto.year,
        name: dto.name.trim(),
        state: 'setup',
        ...deadlineColumns(dto.deadlines),
        decisionNo: null,
        decisionDate: null,
        publishedAt: null,
      });
      await m.save(period);
      await m.insert(
        PeriodCriteriaSet,
        setInputs.map((s) => ({
          periodId: period.id,
          criteriaSetId: s.criteriaSetId,
          unitTypes: typesOf(s),
          bands: s.bands ? toBands(s.bands) : null,
        })),
      );
      await this.insertParticipants(m, period.id, assigned);
      await this.audit.record(m, actor, {
        action: 'period.create',
        entityType: 'period',
        entityId: period.id,
        after: {
          year: period.year,
          name: period.name,
          sets: sets.map((s) => s.code),
          units: assigned.length,
        },
      });
      return period;
    });
  }

  /** Each unit (active, not repeated) with the set of its type (`routing`) — or the only set when there is one. */
  private async resolveUnits(
    m: EntityManager,
    inputs: PeriodUnitInputDto[],
    sets: CriteriaSetRow[],
    routing: ReadonlyMap<string, string> | null,
    problems: { field: string; code: string; message: string; messageEn: string }[],
  ): Promise<{ unit: Unit; group: string; setId: string }[]> {
    const units = await m.findBy(Unit, { code: In(inputs.map((u) => u.code)) });
    const seen = new Set<string>();
    const assigned: { unit: Unit; group: string; setId: string }[] = [];
    for (const [i, input] of inputs.entries()) {
      const unit = units.find((u) => u.code === input.code);
      const field = `units.${i}.code`;
      if (seen.has(input.code)) {
        problems.push({
          field,
          code: 'DUPLICATE_UNIT',
          message: `${input.code} lặp lại`,
          messageEn: `${input.code} is listed twice`,
        });
        continue;
      }
      seen.add(input.code);
      if (!unit || !unit.active) {
        problems.push({
          field,
          code: 'UNIT_NOT_FOUND',
          message: `Không có đơn vị ${input.code} (hoặc đã ngừng)`,
          messageEn: `No active unit ${input.code}`,
        });
        continue;
      }
      const set = routing ? sets.find((s) => s.id === routing.get(unit.typeCode)) : sets[0];
      if (!set) {
        problems.push({
          field,
          code: 'NO_SET_FOR_UNIT_TYPE',
          message: `Không có bộ tiêu chí cho loại đơn vị ${unit.typeCode} (${input.code})`,
          messageEn: `No criteria set for unit type ${unit.typeCode} (${input.code})`,
        });
        continue;
      }
      assigned.push({ unit, group: input.group, setId: set.id });
    }
    return assigned;
  }

  /** Participants and their (empty, draft) assessments: every unit has one from the start. */
  private async insertParticipants(
    m: EntityManager,
    periodId: string,
    assigned: { unit: Unit; group: string; setId: string }[],
  ): Promise<void> {
    if (!assigned.length) return;
    await m.insert(
      PeriodUnit,
      assigned.map((a) => ({
        periodId,
        unitId: a.unit.id,
        groupCode: a.group,
        criteriaSetId: a.setId,
        selfAssessmentDue: null,
        explanationDue: null,
      })),
    );
    await m.insert(
      Assessment,
      assigned.map((a) => ({
        periodId,
        unitId: a.unit.id,
        criteriaSetId: a.setId,
        status: 'draft' as const,
      })),
    );
  }

  async list(actor: Actor): Promise<PeriodSummaryDto[]> {
    const qb = this.dataSource
      .getRepository(Period)
      .createQueryBuilder('p')
      .orderBy('p.year', 'DESC')
      .addOrderBy('p.created_at', 'DESC');
    const own = ownUnit(actor);
    if (own !== undefined) {
      qb.where('EXISTS (SELECT 1 FROM period_unit x WHERE x.period_id = p.id AND x.unit_id = :own)', {
        own: own ?? '00000000-0000-0000-0000-000000000000',
      });
    }
    const periods = await qb.getMany();
    const counts = await this.dataSource.query<{ period_id: string; n: string }[]>(
      'SELECT period_id, count(*) AS n FROM period_unit GROUP BY period_id',
    );
    const byPeriod = new Map(counts.map((c) => [c.period_id, Number(c.n)]));
    return periods.map((p) => summary(p, byPeriod.get(p.id) ?? 0));
  }

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
    const own = ownUnit(actor);
    const setRows = await this.dataSource
      .getRepository(PeriodCriteriaSet)
      .find({ where: { periodId: id }, relations: { criteriaSet: true } });
    const units = await this.dataSource.query<
      {
        code: string;
        name: string;
        type: string;
        group_code: string;
        set_code: string;
        status: string;
        self_due: Date | null;
        expl_due: Date | null;
      }[]
    >(
      `SELECT u.code, u.name, u.type_code AS type, pu.group_code, cs.code AS set_code, a.status,
              pu.self_assessment_due AS self_due, pu.explanation_due AS expl_due
         FROM period_unit pu
         JOIN unit u ON u.id = pu.unit_id
         JOIN criteria_set cs ON cs.id = pu.criteria_set_id
         JOIN assessment a ON a.period_id = pu.period_id AND a.unit_id = pu.unit_id
        WHERE pu.period_id = $1 ${own !== undefined ? 'AND pu.unit_id = $2' : ''}
        ORDER BY pu.group_code, u.code`,
      own !== undefined ? [id, own] : [id],
    );
    const next = NEXT_STATE[period.state];
    return {
      ...summary(period, units.length),
      criteriaSets: setRows.map((r) => ({
        id: r.criteriaSetId,
        code: r.criteriaSet!.code,
        name: r.criteriaSet!.name,
        unitType: r.criteriaSet!.unitType,
        unitTypes: r.unitTypes,
        status: r.criteriaSet!.status,
        bands: r.bands ?? r.criteriaSet!.bands,
      })),
      units: units.map((u) => ({
        code: u.code,
        name: u.name,
        type: u.type,
        group: u.group_code,
        criteriaSetCode: u.set_code,
        assessmentStatus: u.status,
        selfAssessmentDue: u.self_due,
        explanationDue: u.expl_due,
      })),
      nextStates: next ? [next] : [],
    };
  }

  async update(id: string, dto: UpdatePeriodDto, actor: Actor): Promise<Period> {
    return this.dataSource.transaction(async (m) => {
      const period = await this.lock(m, id);
      assertNotPublished(period);
      if (period.version !== dto.version) {
        throw new DomainError('STALE_VERSION', {
          extensions: { current: summary(period, await m.countBy(PeriodUnit, { periodId: id })) },
        });
      }
      const before = { ...period };
      if (dto.name !== undefined) period.name = dto.name.trim();
      if (dto.deadlines) Object.assign(period, deadlineColumns(dto.deadlines, period));
      await m.save(period);
      await this.audit.record(m, actor, {
        action: 'period.update',
        entityType: 'period',
        entityId: id,
        before,
        after: period,
      });
      return period;
    });
  }

  async addUnits(id: string, inputs: PeriodUnitInputDto[], actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const period = await this.lock(m, id);
      if (period.state !== 'setup')
        throw stateConflict(
          'SETUP_ONLY',
          'Chỉ thêm đơn vị khi kỳ đang thiết lập',
          'Units can be added in setup only',
        );
      const links = await m.findBy(PeriodCriteriaSet, { periodId: id });
      const sets = await m.find(CriteriaSetRow, { where: { id: In(links.map((s) => s.criteriaSetId)) } });
      const routing =
        links.length === 1
          ? null
          : new Map(links.flatMap((l) => l.unitTypes.map((type) => [type, l.criteriaSetId] as const)));
      const problems: { field: string; code: string; message: string; messageEn: string }[] = [];
      const assigned = await this.resolveUnits(m, inputs, sets, routing, problems);
      const groups = await m.findBy(PeriodUnit, { periodId: id });
      assertGroupsWithinSets(
        [
          ...assigned,
          ...groups.map((g) => ({
            group: g.groupCode,
            setId: g.criteriaSetId,
            unit: { code: g.unitId } as Unit,
          })),
        ],
        problems,
      );
      const existing = await m.findBy(PeriodUnit, {
        periodId: id,
        unitId: In(assigned.map((a) => a.unit.id)),
      });
      for (const e of existing) {
        const code = assigned.find((a) => a.unit.id === e.unitId)!.unit.code;
        problems.push({
          field: 'units',
          code: 'ALREADY_PARTICIPATING',
          message: `${code} đã tham gia`,
          messageEn: `${code} already participates`,
        });
      }
      if (problems.length) throw new DomainError('PERIOD_INVALID', { errors: problems });
      await this.insertParticipants(m, id, assigned);
      await this.audit.record(m, actor, {
        action: 'period.add_units',
        entityType: 'period',
        entityId: id,
        after: { units: assigned.map((a) => a.unit.code) },
      });
    });
  }

  async removeUnit(id: string, code: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const period = await this.lock(m, id);
      if (period.state !== 'setup')
        throw stateConflict(
          'SETUP_ONLY',
          'Chỉ bớt đơn vị khi kỳ đang thiết lập',
          'Units can be removed in setup only',
        );
      const unit = await m.findOneBy(Unit, { code });
      const pu = unit ? await m.findOneBy(PeriodUnit, { periodId: id, unitId: unit.id }) : null;
      if (!unit || !pu)
        throw notFound({ vi: `${code} không tham gia kỳ này`, en: `${code} does not participate` });
      await m.delete(Assessment, { periodId: id, unitId: unit.id });
      await m.delete(PeriodUnit, { periodId: id, unitId: unit.id });
      await this.audit.record(m, actor, {
        action: 'period.remove_unit',
        entityType: 'period',
        entityId: id,
        before: { unit: code },
      });
    });
  }

  /** Admin's per-unit deadline extension. */
  async setUnitDeadlines(id: string, code: string, dto: UnitDeadlineDto, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const period = await this.lock(m, id);
      assertNotPublished(period);
      const unit = await m.findOneBy(Unit, { code });
      const pu = unit
        ? await m.findOne(PeriodUnit, {
            where: { periodId: id, unitId: unit.id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!pu) throw notFound({ vi: `${code} không tham gia kỳ này`, en: `${code} does not participate` });
      const before = { selfAssessmentDue: pu.selfAssessmentDue, explanationDue: pu.explanationDue };
      if (dto.selfAssessmentDue !== undefined) pu.selfAssessmentDue = date(dto.selfAssessmentDue);
      if (dto.explanationDue !== undefined) pu.explanationDue = date(dto.explanationDue);
      await m.save(pu);
      await this.audit.record(m, actor, {
        action: 'period.extend_deadline',
        entityType: 'period_unit',
        entityId: `${id}/${code}`,
        before,
        after: { selfAssessmentDue: pu.selfAssessmentDue, explanationDue: pu.explanationDue },
      });
    });
  }

  /** Moves the period one step forward after checking every precondition (409 naming the unmet ones). */
  async transition(id: string, to: PeriodState, actor: Actor): Promise<Period> {
    return this.dataSource.transaction(async (m) => {
      const period = await this.lock(m, id);
      const facts = await this.facts(m, period);
      const unmet = unmetPreconditions(period.state, to, facts);
      if (unmet.length) {
        throw new DomainError('PERIOD_STATE_CONFLICT', {
          detail: {
            vi: unmet.map((u) => u.message).join('; '),
            en: unmet.map((u) => u.messageEn).join('; '),
          },
          errors: unmet,
          extensions: { state: period.state },
        });
      }
      const from = period.state;
      const now = this.clock.now();
      if (to === 'self_assessment') {
        // Scoring rules cannot change under units' feet: the period's sets are frozen now.
        for (const link of await m.findBy(PeriodCriteriaSet, { periodId: id }))
          await this.sets.publish(link.criteriaSetId, actor, m);
      }
      if (to === 'appraisal') {
        // Drafts left at the deadline are locked as they are.
        await m.update(
          Assessment,
          { periodId: id, status: 'draft' },
          { status: 'submitted', submittedAt: now },
        );
      }
      if (to === 'explanation') {
        await m.update(
          Assessment,
          { periodId: id, status: 'submitted' },
          { status: 'returned', returnedAt: now },
        );
      }
      if (to === 'final_appraisal') {
        await m.update(
          Assessment,
          { periodId: id, status: 'returned' },
          { status: 'explained', explainedAt: now },
        );
      }
      period.state = to;
      await m.save(period);
      await this.audit.record(m, actor, {
        action: 'period.state',
        entityType: 'period',
        entityId: id,
        before: { state: from },
        after: { state: to },
      });
      return period;
    });
  }

  private async facts(m: EntityManager, period: Period): Promise<TransitionFacts> {
    const now = this.clock.now();
    const links = await m.findBy(PeriodCriteriaSet, { periodId: period.id });
    const invalidSets: string[] = [];
    for (const link of links) {
      const loaded = await this.sets.load(link.criteriaSetId, m);
      if (!parseCriteriaSet(loaded.document).ok) invalidSets.push(loaded.row.code);
    }
    const rows = await m.query<
      { code: string; status: string; self_due: Date | null; expl_due: Date | null; awaiting_r1: boolean }[]
    >(
      `SELECT u.code, a.status, pu.self_assessment_due AS self_due, pu.explanation_due AS expl_due,
              EXISTS (
                SELECT 1 FROM criteria_node n
                 WHERE n.set_id = a.criteria_set_id AND n.source = 'assessment'
                   AND NOT EXISTS (SELECT 1 FROM criteria_node c WHERE c.set_id = n.set_id AND c.parent_code = n.code)
                   AND NOT EXISTS (SELECT 1 FROM assessment_item i WHERE i.assessment_id = a.id AND i.leaf_code = n.code AND i.r1_at IS NOT NULL)
              ) AS awaiting_r1
         FROM assessment a
         JOIN unit u ON u.id = a.unit_id
         JOIN period_unit pu ON pu.period_id = a.period_id AND pu.unit_id = a.unit_id
        WHERE a.period_id = $1
        ORDER BY u.code`,
      [period.id],
    );
    const passed = (own: Date | null, general: Date | null) => {
      const due = own ?? general;
      return due !== null && due.getTime() < now.getTime();
    };
    const drafts = rows.filter((r) => r.status === 'draft');
    const explaining = rows.filter((r) => r.status === 'returned');
    return {
      unitCount: rows.length,
      invalidSets,
      draftUnits: drafts.map((r) => r.code),
      selfAssessmentDeadlinePassed: drafts.every((r) => passed(r.self_due, period.selfAssessmentDue)),
      unitsAwaitingRound1: rows.filter((r) => r.status === 'submitted' && r.awaiting_r1).map((r) => r.code),
      unitsExplaining: explaining.map((r) => r.code),
      explanationDeadlinePassed: explaining.every((r) => passed(r.expl_due, period.explanationDue)),
    };
  }

  async lock(m: EntityManager, id: string): Promise<Period> {
    const period = await m.findOne(Period, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!period) throw periodNotFound();
    return period;
  }
}

/**
 * Ranks are computed inside a group, on one set: a group whose units are scored on different sets would
 * compare indices of different yardsticks, so it is refused.
 */
function assertGroupsWithinSets(
  assigned: { group: string; setId: string; unit: Pick<Unit, 'code'> }[],
  problems: { field: string; code: string; message: string; messageEn: string }[],
): void {
  const setOfGroup = new Map<string, string>();
  for (const a of assigned) {
    const seen = setOfGroup.get(a.group);
    if (seen === undefined) setOfGroup.set(a.group, a.setId);
    else if (seen !== a.setId) {
      problems.push({
        field: 'units',
        code: 'GROUP_SPANS_SETS',
        message: `Nhóm xếp hạng "${a.group}" gồm đơn vị chấm theo các bộ tiêu chí khác nhau (${a.unit.code})`,
        messageEn: `Ranking group "${a.group}" mixes units scored on different sets (${a.unit.code})`,
      });
      return;
    }
  }
}

/** Unit roles see only periods of their own unit: their unit id (or null if they have none); others: undefined. */
function ownUnit(actor: Actor): string | null | undefined {
  const p = actor.principal;
  return p?.kind === 'user' && UNIT_ROLES.includes(p.role) ? p.unitId : undefined;
}

function summary(p: Period, unitCount: number): PeriodSummaryDto {
  return {
    id: p.id,
    year: p.year,
    name: p.name,
    state: p.state,
    deadlines: {
      selfAssessment: p.selfAssessmentDue,
      appraisal: p.appraisalDue,
      explanation: p.explanationDue,
      finalAppraisal: p.finalAppraisalDue,
    },
    unitCount,
    decisionNo: p.decisionNo,
    decisionDate: p.decisionDate,
    publishedAt: p.publishedAt,
    version: p.version,
  };
}

function deadlineColumns(d: DeadlinesDto | undefined, current?: Period) {
  const pick = (value: string | null | undefined, old: Date | null | undefined) =>
    value === undefined ? (old ?? null) : date(value);
  return {
    selfAssessmentDue: pick(d?.selfAssessment, current?.selfAssessmentDue),
    appraisalDue: pick(d?.appraisal, current?.appraisalDue),
    explanationDue: pick(d?.explanation, current?.explanationDue),
    finalAppraisalDue: pick(d?.finalAppraisal, current?.finalAppraisalDue),
  };
}

function toBands(bands: { code: string; label: string; minIndex: number | string }[]): BandV1[] {
  return bands.map((b) => ({ code: b.code, label: b.label, minIndex: Number(b.minIndex) }));
}

export function assertNotPublished(period: Period): void {
  if (period.state === 'published') throw new DomainError('PERIOD_LOCKED');
}

function stateConflict(code: string, vi: string, en: string): DomainError {
  return new DomainError('PERIOD_STATE_CONFLICT', {
    detail: { vi, en },
    errors: [{ code, message: vi, messageEn: en }],
  });
}

function periodInvalid(field: string, vi: string, en: string): DomainError {
  return new DomainError('PERIOD_INVALID', {
    errors: [{ field, code: 'INVALID', message: vi, messageEn: en }],
  });
}
