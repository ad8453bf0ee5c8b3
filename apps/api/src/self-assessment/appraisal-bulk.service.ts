import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_TITLES } from '@par/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import type { BulkAcceptDto, BulkFinalizeDto, BulkItemResultDto, BulkResultDto } from './appraisal-bulk.dto';
import { AssessmentItemService } from './assessment-item.service';
import { AssessmentWorkflowService } from './assessment-workflow.service';

/** An item's refusal in the answer: its code and why, in both languages. */
function refusal(error: DomainError): Pick<BulkItemResultDto, 'code' | 'message' | 'messageEn'> {
  const title = ERROR_TITLES[error.code];
  const detail = error.options.detail;
  const first = error.options.errors?.[0];
  const more = detail ?? (first ? { vi: first.message, en: first.messageEn ?? first.message } : undefined);
  return {
    code: error.code,
    message: more ? `${title.vi}: ${more.vi}` : title.vi,
    messageEn: more ? `${title.en}: ${more.en}` : title.en,
  };
}

/**
 * The council's bulk work (thẩm định hàng loạt): accept many leaves as they came in, finalize many units,
 * and take the last of either back. One transaction; each item under its own savepoint, so an item that is
 * refused (out of scope, stale, not in its round, …) leaves nothing behind while the others are written —
 * each through the same checks, writes and audit entries as the single-item routes.
 */
@Injectable()
export class AppraisalBulkService {
  constructor(
    private readonly items: AssessmentItemService,
    private readonly workflow: AssessmentWorkflowService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  accept(periodId: string, dto: BulkAcceptDto, actor: Actor): Promise<BulkResultDto> {
    this.assertDistinct(dto.items.map((item) => `${item.unitCode}/${item.leafCode}`));
    return this.run(
      dto.items,
      async (manager, item) => {
        const written = dto.undo
          ? await this.items.undoAcceptIn(
              manager,
              periodId,
              item.unitCode,
              item.leafCode,
              item.version,
              actor,
            )
          : await this.items.writeIn(
              manager,
              periodId,
              item.unitCode,
              item.leafCode,
              { version: item.version, accept: true },
              actor,
            );
        return {
          unitCode: item.unitCode,
          leafCode: item.leafCode,
          outcome: 'done',
          version: written.version,
        };
      },
      (item) => ({ unitCode: item.unitCode, leafCode: item.leafCode }),
    );
  }

  finalize(periodId: string, dto: BulkFinalizeDto, actor: Actor): Promise<BulkResultDto> {
    this.assertDistinct(dto.unitCodes);
    return this.run(
      dto.unitCodes,
      async (manager, unitCode) => {
        if (dto.undo) await this.workflow.unfinalizeIn(manager, periodId, unitCode, actor);
        else await this.workflow.finalizeIn(manager, periodId, unitCode, actor);
        return { unitCode, outcome: 'done' };
      },
      (unitCode) => ({ unitCode }),
    );
  }

  private assertDistinct(keys: readonly string[]): void {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key))
        throw new DomainError('VALIDATION_FAILED', {
          detail: { vi: `${key} lặp lại`, en: `${key} is listed twice` },
        });
      seen.add(key);
    }
  }

  private run<T>(
    list: readonly T[],
    one: (manager: EntityManager, item: T) => Promise<BulkItemResultDto>,
    where: (item: T) => Pick<BulkItemResultDto, 'unitCode' | 'leafCode'>,
  ): Promise<BulkResultDto> {
    return this.dataSource.transaction(async (manager) => {
      const results: BulkItemResultDto[] = [];
      for (const item of list) {
        try {
          // A savepoint: a refused item is rolled back alone.
          results.push(await manager.transaction((inner) => one(inner, item)));
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          results.push({ ...where(item), outcome: 'refused', ...refusal(error) });
        }
      }
      const done = results.filter((result) => result.outcome === 'done').length;
      return { done, refused: results.length - done, items: results };
    });
  }
}
