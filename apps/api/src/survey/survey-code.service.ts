import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { Period } from '../period/period.entity';
import { newSurveyCode, normalizeSurveyCode, surveyCodeHash } from './survey-code';
import { renderCodeSheet } from './survey-code-sheet';
import { SurveyDefinitionService } from './survey-definition.service';
import { SurveyTargets, type SurveyTarget } from './survey-target';
import type { Survey } from './survey.entity';
import type { CodeSheetDto, IssueCodesDto, IssuedCodesDto } from './survey.dto';

/** One-time answering codes: issued per group and rated unit, stored as hashes only, printed with QR codes. */
@Injectable()
export class SurveyCodeService {
  constructor(
    private readonly definitions: SurveyDefinitionService,
    private readonly targets: SurveyTargets,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private async target(
    manager: EntityManager,
    periodId: string,
    groupCode: string,
    unitCode: string,
  ): Promise<{ survey: Survey; target: SurveyTarget }> {
    const survey = await this.definitions.surveyOf(manager, periodId);
    const { target, problems } = await this.targets.resolve(manager, survey, groupCode, unitCode);
    if (!target) throw new DomainError('SURVEY_ANSWER_INVALID', { errors: problems });
    return { survey, target };
  }

  /** `POST /periods/{id}/survey/codes`: up to 1,000 new codes (audited: who, for whom, how many). */
  async issue(periodId: string, dto: IssueCodesDto, actor: Actor): Promise<IssuedCodesDto> {
    return this.dataSource.transaction(async (manager) => {
      const { survey, target } = await this.target(manager, periodId, dto.groupCode, dto.unitCode);
      if (survey.state === 'closed') throw new DomainError('SURVEY_CLOSED');
      const codes = new Set<string>();
      while (codes.size < dto.count) codes.add(newSurveyCode());
      const list = [...codes];
      await manager.query(
        `INSERT INTO survey_code (survey_id, group_code, unit_id, code_hash)
         SELECT $1, $2, $3, hash FROM unnest($4::text[]) AS t(hash)`,
        [survey.id, target.group.code, target.unit.id, list.map(surveyCodeHash)],
      );
      await this.audit.record(manager, actor, {
        action: 'survey.codes',
        entityType: 'survey',
        entityId: periodId,
        after: { groupCode: target.group.code, unitCode: target.unit.code, count: list.length },
      });
      return { groupCode: target.group.code, unitCode: target.unit.code, codes: list };
    });
  }

  /**
   * `POST /periods/{id}/survey/codes/sheet`: the A4 PDF of codes with QR codes — codes issued before (they
   * must belong to that group and unit; codes are not stored, so the caller brings them), or `count` new ones.
   */
  async sheet(periodId: string, dto: CodeSheetDto, origin: string, actor: Actor): Promise<Buffer> {
    if ((dto.codes === undefined) === (dto.count === undefined)) {
      throw new DomainError('VALIDATION_FAILED', {
        errors: [
          {
            field: 'codes',
            code: 'codesOrCount',
            message: 'cần đúng một trong hai: `codes` hoặc `count` / give either `codes` or `count`',
          },
        ],
      });
    }
    let codes: string[];
    if (dto.count !== undefined) {
      codes = (await this.issue(periodId, { ...dto, count: dto.count }, actor)).codes;
    } else {
      codes = await this.checkIssued(periodId, dto.groupCode, dto.unitCode, dto.codes!);
    }
    const manager = this.dataSource.manager;
    const { target } = await this.target(manager, periodId, dto.groupCode, dto.unitCode);
    const period = await manager.findOneByOrFail(Period, { id: periodId });
    return renderCodeSheet({
      periodName: period.name,
      unitName: target.unit.name,
      groupName: target.group.name,
      origin: dto.origin ?? origin,
      codes,
    });
  }

  private async checkIssued(
    periodId: string,
    groupCode: string,
    unitCode: string,
    given: string[],
  ): Promise<string[]> {
    const manager = this.dataSource.manager;
    const { survey, target } = await this.target(manager, periodId, groupCode, unitCode);
    const codes = given.map((text) => normalizeSurveyCode(text));
    const hashes = codes.map((code) => (code ? surveyCodeHash(code) : ''));
    const rows = await manager.query<{ code_hash: string }[]>(
      `SELECT code_hash FROM survey_code
        WHERE survey_id = $1 AND group_code = $2 AND unit_id = $3 AND code_hash = ANY($4::text[])`,
      [survey.id, target.group.code, target.unit.id, hashes],
    );
    const known = new Set(rows.map((r) => r.code_hash));
    const problems = given.flatMap((text, i) =>
      known.has(hashes[i])
        ? []
        : [fieldProblem('UNKNOWN_CODE', { code: text, group: groupCode, unit: unitCode }, `codes.${i}`)],
    );
    if (problems.length) throw new DomainError('VALIDATION_FAILED', { errors: problems });
    return codes as string[];
  }
}
