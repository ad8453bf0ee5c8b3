import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { SurveyDefinitionService } from './survey-definition.service';
import { lockForAnswer, provinceDay } from './survey-lock';
import { writablePeriod } from './survey-period';
import { answerProblems, canonicalAnswers } from './survey-question';
import { SurveyTargets } from './survey-target';
import { refusal } from './survey-window';
import type { PaperFormDto, PaperFormResultDto } from './survey.dto';

/** Paper forms typed in by survey staff (the post office), one at a time. */
@Injectable()
export class SurveyFormService {
  constructor(
    private readonly definitions: SurveyDefinitionService,
    private readonly targets: SurveyTargets,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `POST /periods/{id}/survey/forms`: 201; a serial stored already → 409 SERIAL_EXISTS. */
  async create(periodId: string, dto: PaperFormDto, actor: Actor): Promise<PaperFormResultDto> {
    return this.dataSource.transaction(async (manager) => {
      await lockForAnswer(manager);
      const survey = await this.definitions.surveyOf(manager, periodId);
      await writablePeriod(manager, periodId);
      const why = refusal(survey, this.clock.now());
      if (why) throw new DomainError(why);
      const { target, problems } = await this.targets.resolve(manager, survey, dto.groupCode, dto.unitCode);
      const answerIssues = target ? answerProblems(target.questions, dto.answers) : [];
      if (!target || answerIssues.length)
        throw new DomainError('SURVEY_ANSWER_INVALID', { errors: [...problems, ...answerIssues] });
      const serial = dto.serial.trim();
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO survey_form (survey_id, group_code, unit_id, channel, received_on, serial, answers)
         VALUES ($1, $2, $3, 'paper', $4, $5, $6::jsonb)
         ON CONFLICT (survey_id, serial) DO NOTHING RETURNING 1`,
        [
          survey.id,
          target.group.code,
          target.unit.id,
          provinceDay(this.clock.now()),
          serial,
          JSON.stringify(canonicalAnswers(target.questions, dto.answers)),
        ],
      );
      if (inserted.length === 0)
        throw new DomainError('SERIAL_EXISTS', {
          detail: { vi: `phiếu số ${serial}`, en: `form ${serial}` },
          extensions: { serial },
        });
      await this.audit.record(manager, actor, {
        action: 'survey.form',
        entityType: 'survey',
        entityId: periodId,
        after: { serial, groupCode: target.group.code, unitCode: target.unit.code },
      });
      return { serial, groupCode: target.group.code, unitCode: target.unit.code };
    });
  }
}
