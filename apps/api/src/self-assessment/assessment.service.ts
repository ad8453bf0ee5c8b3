import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { userOf, type Actor } from '../auth/principal';
import { AppraisalAssignment } from '../period/appraisal-assignment.entity';
import { coverageOf } from './assessment-access';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { completenessOf } from './assessment-completeness';
import { AssessmentContextLoader, type AssessmentContext } from './assessment-context.loader';
import type { AssessmentItem } from './assessment-item.entity';
import { AssessmentReadRepository } from './assessment-read.repository';
import { DEFAULT_LIMIT, type Page } from '../common/http/list-query';
import type {
  AssessmentDto,
  AssessmentListQueryDto,
  AssessmentSummaryDto,
  CompletenessDto,
} from './assessment.dto';
import { toAssessmentDto, toAssessmentSummaryDto } from './assessment.mapper';

/** Reading assessments: the period overview, one unit's assessment, and its completeness. */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly contexts: AssessmentContextLoader,
    private readonly reads: AssessmentReadRepository,
    private readonly sets: CriteriaSetCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `GET /periods/{id}/assessments`: every unit's status and totals (an appraiser: the units they cover). */
  async list(
    periodId: string,
    query: AssessmentListQueryDto,
    actor: Actor,
  ): Promise<Page<AssessmentSummaryDto>> {
    const user = userOf(actor);
    let reach: { ownUnitId: string | null; userId: string } | null = null;
    if (user?.role === 'appraiser') {
      // Without assignments an appraiser's reach does not depend on the unit (only their own is excluded).
      const assigned = await this.dataSource.getRepository(AppraisalAssignment).existsBy({ periodId });
      if (!assigned && !coverageOf(user, { id: '', code: '' }, [])) {
        return { items: [], total: 0, limit: query.limit ?? DEFAULT_LIMIT, offset: query.offset ?? 0 };
      }
      reach = { ownUnitId: user.unitId, userId: user.id };
    }
    const page = await this.reads.summaries(periodId, query, reach);
    const items = await this.reads.itemsOf(page.rows.map((row) => row.id));
    const byAssessment = new Map<string, AssessmentItem[]>();
    for (const item of items)
      byAssessment.set(item.assessmentId, [...(byAssessment.get(item.assessmentId) ?? []), item]);
    const summaries: AssessmentSummaryDto[] = [];
    for (const row of page.rows) {
      const set = await this.sets.get(row.criteriaSetId);
      summaries.push(toAssessmentSummaryDto(row, set, byAssessment.get(row.id) ?? []));
    }
    return { items: summaries, total: page.total, limit: page.limit, offset: page.offset };
  }

  async view(periodId: string, unitCode: string, actor: Actor): Promise<AssessmentDto> {
    const context = await this.contexts.load(this.dataSource.manager, periodId, unitCode, actor);
    return this.dto(this.dataSource.manager, context);
  }

  async completeness(periodId: string, unitCode: string, actor: Actor): Promise<CompletenessDto> {
    const context = await this.contexts.load(this.dataSource.manager, periodId, unitCode, actor);
    return this.completenessIn(this.dataSource.manager, context);
  }

  /** The assessment as the API shows it, read through `manager` (inside the caller's transaction). */
  async dto(manager: EntityManager, context: AssessmentContext): Promise<AssessmentDto> {
    const items = await this.reads.items(manager, context.assessment.id);
    const evidence = await this.reads.evidenceOf(
      manager,
      items.map((item) => item.id),
    );
    return toAssessmentDto(context, items, evidence, this.config.env.EVIDENCE_MAX_BYTES);
  }

  /** Completeness read through `manager` (submit checks it inside its transaction). */
  async completenessIn(manager: EntityManager, context: AssessmentContext): Promise<CompletenessDto> {
    const items = await this.reads.items(manager, context.assessment.id);
    const evidence = await this.reads.evidenceOf(
      manager,
      items.map((item) => item.id),
    );
    return completenessOf(context.set, items, evidence);
  }
}
