import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldProblem } from '@par/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { Period, periodNotFound } from '../period/period.entity';
import { SurveyCountRepository } from './survey-count.repository';
import { SurveyGroup } from './survey-group.entity';
import { lockAgainstAnswers } from './survey-lock';
import { isSurveyQuestionLeaf } from './survey-question';
import { participatingUnits, SurveyTargets } from './survey-target';
import { refusal, surveyInstant } from './survey-window';
import { Survey, surveyNotFound } from './survey.entity';
import type { SurveyDefinitionDto, SurveyDto, SurveyFormViewDto } from './survey.dto';

/** Defines a period's survey (groups, window, minimum) and reports its progress. */
@Injectable()
export class SurveyDefinitionService {
  constructor(
    private readonly sets: CriteriaSetCache,
    private readonly targets: SurveyTargets,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `PUT /periods/{id}/survey`: define, or replace until the first answer (then 409 SURVEY_STARTED). */
  async define(periodId: string, dto: SurveyDefinitionDto, actor: Actor): Promise<SurveyDto> {
    await this.dataSource.transaction(async (manager) => {
      await lockAgainstAnswers(manager);
      const period = await manager.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      if (period.state === 'published') throw new DomainError('PERIOD_PUBLISHED');
      const existing = await manager.findOneBy(Survey, { periodId });
      if (existing && (await new SurveyCountRepository(manager).hasForms(existing.id)))
        throw new DomainError('SURVEY_STARTED');
      const opensAt = surveyInstant(dto.opensAt, 'start');
      const closesAt = surveyInstant(dto.closesAt, 'end');
      await this.assertValid(manager, periodId, dto, opensAt, closesAt, existing);

      const before = existing ? await this.definitionOf(manager, existing) : null;
      const survey = existing ?? manager.create(Survey, { periodId });
      Object.assign(survey, {
        opensAt,
        closesAt,
        minResponses: dto.minResponses ?? 0,
        state: 'open',
        closedAt: null,
      });
      await manager.save(survey);
      await manager.delete(SurveyGroup, { surveyId: survey.id });
      await manager.insert(
        SurveyGroup,
        dto.groups.map((group, index) => ({
          surveyId: survey.id,
          code: group.code,
          name: group.name.trim(),
          quota: group.quota,
          unitTypes: group.unitTypes ? [...new Set(group.unitTypes)] : null,
          leafCodes: group.leafCodes ? [...new Set(group.leafCodes)] : null,
          sortOrder: index,
        })),
      );
      await this.audit.record(manager, actor, {
        action: existing ? 'survey.redefine' : 'survey.define',
        entityType: 'survey',
        entityId: periodId,
        before,
        after: await this.definitionOf(manager, survey),
      });
    });
    return this.view(periodId);
  }

  private async assertValid(
    manager: EntityManager,
    periodId: string,
    dto: SurveyDefinitionDto,
    opensAt: Date,
    closesAt: Date,
    existing: Survey | null,
  ): Promise<void> {
    const problems: FieldProblem[] = [];
    if (!(opensAt.getTime() < closesAt.getTime()))
      problems.push(fieldProblem('WINDOW_EMPTY', {}, 'closesAt'));
    const units = await participatingUnits(manager, periodId);
    const types = new Set(units.map((u) => u.typeCode));
    const surveyLeaves = new Set<string>();
    for (const setId of new Set(units.map((u) => u.criteriaSetId))) {
      const set = await this.sets.get(setId, manager);
      for (const leaf of set.leaves) if (isSurveyQuestionLeaf(leaf)) surveyLeaves.add(leaf.code);
    }
    if (surveyLeaves.size === 0) problems.push(fieldProblem('NO_SURVEY_LEAVES', {}, 'groups'));
    const seen = new Set<string>();
    dto.groups.forEach((group, i) => {
      if (seen.has(group.code))
        problems.push(fieldProblem('DUPLICATE_CODE', { group: group.code }, `groups.${i}.code`));
      seen.add(group.code);
      for (const type of group.unitTypes ?? [])
        if (!types.has(type))
          problems.push(fieldProblem('UNKNOWN_UNIT_TYPE', { unitType: type }, `groups.${i}.unitTypes`));
      for (const leaf of group.leafCodes ?? [])
        if (!surveyLeaves.has(leaf))
          problems.push(
            fieldProblem('NOT_A_SURVEY_LEAF', { leaf }, { field: `groups.${i}.leafCodes`, leaf }),
          );
    });
    if (existing) {
      const issued = await manager.query<{ group_code: string }[]>(
        'SELECT DISTINCT group_code FROM survey_code WHERE survey_id = $1',
        [existing.id],
      );
      for (const { group_code } of issued)
        if (!seen.has(group_code))
          problems.push(fieldProblem('GROUP_HAS_CODES', { group: group_code }, 'groups'));
    }
    if (problems.length) throw new DomainError('SURVEY_INVALID', { errors: problems });
  }

  private async definitionOf(manager: EntityManager, survey: Survey): Promise<Record<string, unknown>> {
    const groups = await manager.find(SurveyGroup, {
      where: { surveyId: survey.id },
      order: { sortOrder: 'ASC' },
    });
    return {
      opensAt: survey.opensAt,
      closesAt: survey.closesAt,
      minResponses: survey.minResponses,
      groups: groups.map((g) => ({
        code: g.code,
        name: g.name,
        quota: g.quota,
        unitTypes: g.unitTypes,
        leafCodes: g.leafCodes,
      })),
    };
  }

  async surveyOf(manager: EntityManager, periodId: string): Promise<Survey> {
    const survey = await manager.findOneBy(Survey, { periodId });
    if (!survey) {
      if (!(await manager.existsBy(Period, { id: periodId }))) throw periodNotFound();
      throw surveyNotFound();
    }
    return survey;
  }

  /** `GET /periods/{id}/survey`: definition, state and progress (never answer counts). */
  async view(periodId: string): Promise<SurveyDto> {
    const manager = this.dataSource.manager;
    const survey = await this.surveyOf(manager, periodId);
    const period = await manager.findOneByOrFail(Period, { id: periodId });
    const repository = new SurveyCountRepository(manager);
    const [groups, units, tally, codes] = await Promise.all([
      manager.find(SurveyGroup, { where: { surveyId: survey.id }, order: { sortOrder: 'ASC' } }),
      participatingUnits(manager, periodId),
      repository.formTally(survey.id),
      repository.codeTally(survey.id),
    ]);
    const why = refusal(survey, this.clock.now());
    return {
      periodId,
      state: survey.state,
      opensAt: survey.opensAt,
      closesAt: survey.closesAt,
      minResponses: survey.minResponses,
      closedAt: survey.closedAt,
      accepting: why === null,
      acceptingCode: why,
      started: tally.total > 0,
      received: tally.total,
      computed: period.state === 'computed' || period.state === 'published',
      groups: groups.map((g) => ({
        code: g.code,
        name: g.name,
        quota: g.quota,
        unitTypes: g.unitTypes,
        leafCodes: g.leafCodes,
        received: tally.byGroup.get(g.code) ?? 0,
        codesIssued: codes.get(g.code)?.issued ?? 0,
        codesUsed: codes.get(g.code)?.used ?? 0,
      })),
      units: units.map((u) => {
        const received = tally.byUnit.get(u.id) ?? 0;
        return {
          code: u.code,
          name: u.name,
          group: u.group,
          received,
          belowMinimum: received < survey.minResponses,
        };
      }),
    };
  }

  /** `GET /periods/{id}/survey/form?group=&unit=`: the questionnaire a paper form of that kind carries. */
  async formView(periodId: string, groupCode: string, unitCode: string): Promise<SurveyFormViewDto> {
    const manager = this.dataSource.manager;
    const survey = await this.surveyOf(manager, periodId);
    const { target, problems } = await this.targets.resolve(manager, survey, groupCode, unitCode);
    if (!target) throw new DomainError('SURVEY_ANSWER_INVALID', { errors: problems });
    const period = await manager.findOneByOrFail(Period, { id: periodId });
    return {
      periodName: period.name,
      year: period.year,
      unit: { code: target.unit.code, name: target.unit.name },
      group: { code: target.group.code, name: target.group.name },
      closesAt: survey.closesAt,
      questions: target.questions,
    };
  }
}
