import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { normalizeSurveyCode, surveyCodeHash } from './survey-code';
import { SurveyAnswerRepository, type CodeRow } from './survey-answer.repository';
import { provinceDay } from './survey-lock';
import { SurveyLookupThrottle } from './survey-lookup-throttle';
import { answerProblems, canonicalAnswers, type SurveyQuestion } from './survey-question';
import { SurveyTargets } from './survey-target';
import { refusal } from './survey-window';
import type { SurveyFormViewDto } from './survey.dto';

const unknownCode = () =>
  notFound({ vi: 'Không có mã phiếu này, hãy kiểm tra lại', en: 'No such code; check it and try again' });

/**
 * The public answer page's back end (`/public/survey/{code}`): no login, one form per code, atomically.
 * The stored form keeps group, unit, answers, channel and day — never the code or its hash.
 */
@Injectable()
export class SurveyAnswerService {
  constructor(
    private readonly targets: SurveyTargets,
    private readonly throttle: SurveyLookupThrottle,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.repository = new SurveyAnswerRepository(dataSource);
  }

  private readonly repository: SurveyAnswerRepository;

  /** Finds a code (unknown → 404, counted against the client), then refuses a used one or a closed survey. */
  private async lookup(text: string, client: string): Promise<{ row: CodeRow; hash: string }> {
    await this.throttle.assertAllowed(client);
    const code = normalizeSurveyCode(text);
    const hash = code ? surveyCodeHash(code) : null;
    const row = hash ? await this.repository.findCode(hash) : null;
    if (!row || !hash) {
      await this.throttle.recordUnknown(client);
      throw unknownCode();
    }
    if (row.period_state === 'published') throw new DomainError('PERIOD_PUBLISHED');
    if (row.used) throw new DomainError('CODE_USED');
    const why = refusal(
      { state: row.state, opensAt: new Date(row.opens_at), closesAt: new Date(row.closes_at) },
      this.clock.now(),
    );
    if (why) throw new DomainError(why, { extensions: { opensAt: row.opens_at, closesAt: row.closes_at } });
    return { row, hash };
  }

  private questions(row: CodeRow): Promise<SurveyQuestion[]> {
    return this.targets.questionsAt(row.criteria_set_id, row.set_version, row.leaf_codes);
  }

  async form(code: string, client: string): Promise<SurveyFormViewDto> {
    const { row } = await this.lookup(code, client);
    return {
      periodName: row.period_name,
      year: row.year,
      unit: { code: row.unit_code, name: row.unit_name },
      group: { code: row.group_code, name: row.group_name },
      closesAt: new Date(row.closes_at),
      questions: await this.questions(row),
    };
  }

  /**
   * Stores one form and uses the code, in one statement: the conditional `UPDATE … WHERE NOT used`
   * decides, so of two concurrent submits exactly one stores (the other is 409 CODE_USED, nothing stored).
   * Answers are checked first: a leaf outside the form or an unknown option is 422 and the code stays unused.
   */
  async submit(code: string, answers: Record<string, string>, client: string): Promise<void> {
    const { row } = await this.lookup(code, client);
    const questions = await this.questions(row);
    const problems = answerProblems(questions, answers);
    if (problems.length) throw new DomainError('SURVEY_ANSWER_INVALID', { errors: problems });
    const now = this.clock.now();
    const stored = await this.repository.storeOnline(
      row.code_id,
      now,
      provinceDay(now),
      canonicalAnswers(questions, answers),
    );
    if (stored) return;
    // Lost a race: a concurrent submit used the code, or the survey closed meanwhile.
    const again = await this.dataSource.query<
      { used: boolean; state: 'open' | 'closed'; opens_at: Date; closes_at: Date }[]
    >(
      `SELECT c.used, s.state, s.opens_at, s.closes_at FROM survey_code c JOIN survey s ON s.id = c.survey_id WHERE c.id = $1`,
      [row.code_id],
    );
    const current = again[0];
    if (!current || current.used) throw new DomainError('CODE_USED');
    throw new DomainError(
      refusal({ state: current.state, opensAt: current.opens_at, closesAt: current.closes_at }, now) ??
        'SURVEY_CLOSED',
    );
  }
}
