import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldProblem } from '@par/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { isUniqueViolation } from '../common/database-errors';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { SurveyDefinitionService } from './survey-definition.service';
import type { SurveyAnswers } from './survey-form.entity';
import { readForms, type FormRow } from './survey-form-file';
import { SurveyGroup } from './survey-group.entity';
import { lockForAnswer, provinceDay } from './survey-lock';
import { writablePeriod } from './survey-period';
import { answerProblems, canonicalAnswers, sameAnswers, type SurveyQuestion } from './survey-question';
import { groupRates, participatingUnits, SurveyTargets } from './survey-target';
import { refusal } from './survey-window';
import type { FormsImportResultDto } from './survey.dto';

const BATCH = 10_000;
const MAX_REPORTED = 1000;
const SERIAL = /^\S(.{0,58}\S)?$/;

interface ValidForm {
  row: number;
  serial: string;
  group: string;
  unitId: string;
  answers: SurveyAnswers;
}

/** A form's questions with their options, for a check that allocates nothing per valid answer. */
interface Questionnaire {
  questions: SurveyQuestion[];
  options: Map<string, Set<string>>;
}

/**
 * `POST /periods/{id}/survey/forms/import`: a whole file of paper forms (survey-forms/v1 JSON, CSV or
 * .xlsx), all or nothing. A serial stored already with the same answers is skipped (re-running a file is
 * safe); with other answers the file is refused. Forms go in by 10,000 per statement.
 */
@Injectable()
export class SurveyFormImportService {
  constructor(
    private readonly definitions: SurveyDefinitionService,
    private readonly targets: SurveyTargets,
    private readonly sets: CriteriaSetCache,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async import(
    periodId: string,
    contentType: string | undefined,
    body: unknown,
    actor: Actor,
  ): Promise<FormsImportResultDto> {
    const read = await readForms(contentType, body);
    if (!read.ok) throw new DomainError('SURVEY_FORMS_INVALID', { errors: read.problems });
    try {
      return await this.store(periodId, read.rows, actor);
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_survey_form_serial'))
        throw new DomainError('SERIAL_EXISTS', {
          detail: {
            vi: 'một số phiếu vừa được nhập đồng thời, hãy nhập lại tệp',
            en: 'a serial was stored concurrently; import the file again',
          },
        });
      throw error;
    }
  }

  private async store(periodId: string, rows: FormRow[], actor: Actor): Promise<FormsImportResultDto> {
    return this.dataSource.transaction(async (manager) => {
      await lockForAnswer(manager);
      const survey = await this.definitions.surveyOf(manager, periodId);
      await writablePeriod(manager, periodId);
      const why = refusal(survey, this.clock.now());
      if (why) throw new DomainError(why);

      const groups = new Map(
        (await manager.findBy(SurveyGroup, { surveyId: survey.id })).map((g) => [g.code, g]),
      );
      const units = new Map((await participatingUnits(manager, periodId)).map((u) => [u.code, u]));
      const questionnaires = new Map<string, Questionnaire | null>();
      const questionnaireOf = async (groupCode: string, unitCode: string) => {
        const key = `${groupCode}\u0000${unitCode}`;
        if (!questionnaires.has(key)) {
          const group = groups.get(groupCode)!;
          const unit = units.get(unitCode)!;
          const set = await this.sets.get(unit.criteriaSetId, manager);
          const questions = groupRates(group, unit) ? this.targets.questionsOf(set, group.leafCodes) : [];
          questionnaires.set(
            key,
            questions.length
              ? {
                  questions,
                  options: new Map(questions.map((q) => [q.leafCode, new Set(q.options.map((o) => o.code))])),
                }
              : null,
          );
        }
        return questionnaires.get(key)!;
      };

      const problems: FieldProblem[] = [];
      const report = (problem: FieldProblem) => {
        if (problems.length < MAX_REPORTED) problems.push(problem);
      };
      const valid: ValidForm[] = [];
      const inFile = new Map<string, ValidForm>();
      let skipped = 0;
      let errorCount = 0;
      for (const form of rows) {
        const before = errorCount;
        const fail = (p: Omit<FieldProblem, 'row'>) => {
          errorCount++;
          report({ row: form.row, ...p });
        };
        const serial = typeof form.serial === 'number' ? String(form.serial) : form.serial;
        if (typeof serial !== 'string' || !SERIAL.test(serial.trim()))
          fail(fieldProblem('SERIAL_INVALID', {}, 'serial'));
        const group = typeof form.group === 'string' ? groups.get(form.group) : undefined;
        if (!group) fail(fieldProblem('UNKNOWN_GROUP', { group: shown(form.group) }, 'group'));
        const unit = typeof form.unit === 'string' ? units.get(form.unit) : undefined;
        if (!unit)
          fail(
            fieldProblem(
              'UNKNOWN_UNIT',
              { unit: shown(form.unit) },
              { field: 'unit', unit: typeof form.unit === 'string' ? form.unit : undefined },
            ),
          );
        if (!group || !unit) continue;
        const questionnaire = await questionnaireOf(group.code, unit.code);
        if (!questionnaire) {
          fail(
            fieldProblem(
              'UNIT_NOT_RATED_BY_GROUP',
              { group: group.code, unit: unit.code },
              { field: 'unit', unit: unit.code },
            ),
          );
          continue;
        }
        if (!answersFit(questionnaire, form.answers)) {
          for (const p of answerProblems(questionnaire.questions, form.answers, 'answers', form.row)) {
            errorCount++;
            report(p);
          }
        }
        if (errorCount > before) continue;
        const entry: ValidForm = {
          row: form.row,
          serial: (serial as string).trim(),
          group: group.code,
          unitId: unit.id,
          answers: canonicalAnswers(questionnaire.questions, form.answers as SurveyAnswers),
        };
        const first = inFile.get(entry.serial);
        if (first) {
          if (same(first, entry)) skipped++;
          else fail(fieldProblem('SERIAL_CONFLICT', { serial: entry.serial, firstRow: first.row }, 'serial'));
          continue;
        }
        inFile.set(entry.serial, entry);
        valid.push(entry);
      }

      const stored = new Map<string, { group_code: string; unit_id: string; answers: SurveyAnswers }>();
      for (let i = 0; i < valid.length; i += BATCH) {
        const rowsFound = await manager.query<
          { serial: string; group_code: string; unit_id: string; answers: SurveyAnswers }[]
        >(
          'SELECT serial, group_code, unit_id, answers FROM survey_form WHERE survey_id = $1 AND serial = ANY($2::text[])',
          [survey.id, valid.slice(i, i + BATCH).map((f) => f.serial)],
        );
        for (const r of rowsFound) stored.set(r.serial, r);
      }
      const fresh: ValidForm[] = [];
      for (const form of valid) {
        const existing = stored.get(form.serial);
        if (!existing) fresh.push(form);
        else if (
          same(form, { group: existing.group_code, unitId: existing.unit_id, answers: existing.answers })
        )
          skipped++;
        else {
          errorCount++;
          report(fieldProblem('SERIAL_EXISTS', { serial: form.serial }, { row: form.row, field: 'serial' }));
        }
      }
      if (errorCount) {
        throw new DomainError('SURVEY_FORMS_INVALID', {
          detail: {
            vi: `${errorCount} lỗi${errorCount > problems.length ? ` (liệt kê ${problems.length} lỗi đầu)` : ''}; không nhập phiếu nào`,
            en: `${errorCount} problem(s)${errorCount > problems.length ? ` (the first ${problems.length} listed)` : ''}; nothing imported`,
          },
          errors: problems,
          extensions: { errorCount },
        });
      }

      const day = provinceDay(this.clock.now());
      for (let i = 0; i < fresh.length; i += BATCH) {
        const batch = fresh
          .slice(i, i + BATCH)
          .map((f) => ({ g: f.group, u: f.unitId, s: f.serial, a: f.answers }));
        await manager.query(
          `INSERT INTO survey_form (survey_id, group_code, unit_id, channel, received_on, serial, answers)
           SELECT $1, x.g, x.u, 'paper', $2, x.s, x.a
             FROM jsonb_to_recordset($3::jsonb) AS x(g text, u uuid, s text, a jsonb)`,
          [survey.id, day, JSON.stringify(batch)],
        );
      }
      await this.audit.record(manager, actor, {
        action: 'survey.import',
        entityType: 'survey',
        entityId: periodId,
        after: { imported: fresh.length, skipped },
      });
      return { imported: fresh.length, skipped };
    });
  }
}

function answersFit(questionnaire: Questionnaire, answers: unknown): boolean {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return false;
  for (const [leaf, option] of Object.entries(answers as Record<string, unknown>)) {
    if (typeof option !== 'string' || !questionnaire.options.get(leaf)?.has(option)) return false;
  }
  return true;
}

function same(
  a: Pick<ValidForm, 'group' | 'unitId' | 'answers'>,
  b: Pick<ValidForm, 'group' | 'unitId' | 'answers'>,
): boolean {
  return a.group === b.group && a.unitId === b.unitId && sameAnswers(a.answers, b.answers);
}

/** A value from a file as a problem names it: text as it is, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : String(JSON.stringify(value));
}
