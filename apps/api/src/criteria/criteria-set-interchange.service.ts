import { Injectable } from '@nestjs/common';
import { DETAIL_TEXTS } from '@par/contracts';
import { parseCriteriaSet, type CriteriaSetV1, type Issue } from '@par/scoring';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { inRow } from '../common/errors/field-problem';
import { CriteriaSetLifecycleService } from './criteria-set-lifecycle.service';
import type { CriteriaSetRow } from './criteria-set.entity';
import { criteriaSetInvalid } from './criteria-set.errors';
import { CriteriaSetService } from './criteria-set.service';
import { readCriteriaWorkbook, writeCriteriaWorkbook } from './criteria-workbook';

/** Sets in and out: `par-index.criteria-set/v1` JSON and the officials' workbook, every problem reported at once. */
@Injectable()
export class CriteriaSetInterchangeService {
  constructor(
    private readonly sets: CriteriaSetService,
    private readonly lifecycle: CriteriaSetLifecycleService,
  ) {}

  /** `POST /criteria-sets`: a whole v1 document, every problem reported at once (with `rowOf`, its row); creates a draft. */
  async importV1(
    input: unknown,
    actor: Actor,
    rowOf?: (issue: Issue) => number | undefined,
    sourceDecision: string | null = null,
  ): Promise<CriteriaSetRow> {
    const result = parseCriteriaSet(input);
    if (!result.ok) {
      const error = criteriaSetInvalid(result.issues);
      if (rowOf) {
        error.options.errors = error.options.errors?.map((problem, i) => {
          const row = rowOf(result.issues[i]);
          return row ? inRow(row, problem) : problem;
        });
      }
      throw error;
    }
    return this.lifecycle.create(input as CriteriaSetV1, result.value, actor, sourceDecision);
  }

  /** `GET /criteria-sets/{id}/export`. */
  async exportV1(id: string): Promise<CriteriaSetV1> {
    return (await this.sets.load(id)).document;
  }

  /** `POST /criteria-sets/import.xlsx`: the officials' workbook; every problem with its row number. */
  async importWorkbook(buffer: Buffer, actor: Actor): Promise<CriteriaSetRow> {
    const read = await readCriteriaWorkbook(buffer);
    if (!read.ok) {
      throw new DomainError('WORKBOOK_INVALID', {
        detail: DETAIL_TEXTS.PROBLEM_COUNT({ count: read.problems.length }),
        errors: read.problems,
      });
    }
    const { document, sourceDecision, rows } = read.value;
    // One transaction, one audit entry: the source decision is part of the import, not a later silent write.
    return this.importV1(
      document,
      actor,
      (issue) => (issue.node ? rows.get(issue.node) : undefined),
      sourceDecision ?? null,
    );
  }

  /** `GET /criteria-sets/{id}/export.xlsx`. */
  async exportWorkbook(id: string): Promise<{ code: string; body: Buffer }> {
    const { row, document } = await this.sets.load(id);
    return { code: row.code, body: await writeCriteriaWorkbook(document, row.sourceDecision) };
  }
}
