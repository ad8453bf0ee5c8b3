import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DETAIL_TEXTS } from '@par/contracts';
import { parseCriteriaSet, toMilli, type IssueCode } from '@par/scoring';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { issuesToProblems } from '../common/errors/issues';
import { Clock } from '../common/time/clock';
import { CriteriaNodeRow } from './criteria-node.entity';
import { addNode, deleteNode, editNode, type NodeDraft } from './criteria-node-tree';
import type { CriteriaSetRow } from './criteria-set.entity';
import { criteriaSetFrozen } from './criteria-set.errors';
import { canonicalRule, toBandRows, toCriteriaSetDetail, toCriteriaSetV1 } from './criteria-set.mapper';
import { CriteriaSetService } from './criteria-set.service';
import type {
  CreateNodeDto,
  CriteriaSetDetailDto,
  UpdateCriteriaSetDto,
  UpdateNodeDto,
} from './criteria.dto';

/** Issues a draft may carry while being edited; publication needs none at all. */
const DRAFT_TOLERATED: ReadonlySet<IssueCode> = new Set(['MAX_POINTS_MISMATCH', 'MISSING_RULE']);

/** Edits of a draft set: its name, decision, bands and caps, and its nodes; each edit is a new version of the set. */
@Injectable()
export class CriteriaSetDraftService {
  constructor(
    private readonly sets: CriteriaSetService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async updateMeta(id: string, dto: UpdateCriteriaSetDto, actor: Actor): Promise<CriteriaSetDetailDto> {
    return this.edit(id, actor, 'criteria_set.update', dto.version, (row, nodes) => {
      if (dto.name !== undefined) row.name = dto.name.trim();
      if (dto.sourceDecision !== undefined) row.sourceDecision = dto.sourceDecision;
      if (dto.bands !== undefined) row.bands = toBandRows(dto.bands);
      if (dto.adjustments !== undefined) {
        row.bonusMaxMilli = dto.adjustments ? toMilli(dto.adjustments.bonusMax) : null;
        row.penaltyMaxMilli = dto.adjustments ? toMilli(dto.adjustments.penaltyMax) : null;
      }
      return nodes;
    });
  }

  addNode(id: string, dto: CreateNodeDto, actor: Actor): Promise<CriteriaSetDetailDto> {
    return this.edit(id, actor, 'criteria_node.create', null, (_row, nodes) => addNode(nodes, id, dto));
  }

  updateNode(id: string, code: string, dto: UpdateNodeDto, actor: Actor): Promise<CriteriaSetDetailDto> {
    return this.edit(id, actor, 'criteria_node.update', null, (_row, nodes) => editNode(nodes, code, dto));
  }

  deleteNode(id: string, code: string, actor: Actor): Promise<CriteriaSetDetailDto> {
    return this.edit(id, actor, 'criteria_node.delete', null, (_row, nodes) => deleteNode(nodes, code));
  }

  /**
   * Every edit of a draft: lock the set, change a copy of its nodes, validate the whole result with
   * libs/scoring, and write it only if nothing but draft-tolerated issues remain.
   */
  private async edit(
    id: string,
    actor: Actor,
    action: string,
    version: number | null,
    change: (row: CriteriaSetRow, nodes: NodeDraft[]) => NodeDraft[],
  ): Promise<CriteriaSetDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.sets.lock(manager, id);
      if (row.status !== 'draft') throw criteriaSetFrozen(row);
      if (version !== null && version !== row.version) {
        throw new DomainError('STALE_VERSION', { extensions: { current: await this.sets.detail(id) } });
      }
      const before = await this.sets.load(id, manager);
      const drafts: NodeDraft[] = before.nodes.map(({ id: _id, set: _set, ...node }) => ({ ...node }));
      const nodes = change(row, drafts);
      const document = toCriteriaSetV1(row, nodes as CriteriaNodeRow[]);
      const result = parseCriteriaSet(document);
      const blocking = result.ok ? [] : result.issues.filter((issue) => !DRAFT_TOLERATED.has(issue.code));
      if (blocking.length) {
        throw new DomainError('CRITERIA_NODE_INVALID', {
          detail: DETAIL_TEXTS.PROBLEM_COUNT({ count: blocking.length }),
          errors: issuesToProblems(blocking),
        });
      }
      await manager.delete(CriteriaNodeRow, { setId: id });
      if (nodes.length)
        // Rules validated above are stored in their one canonical form (defaults spelled out).
        await manager.insert(
          CriteriaNodeRow,
          nodes.map((node) => ({ ...node, setId: id, rule: node.rule ? canonicalRule(node.rule) : null })),
        );
      row.updatedAt = this.clock.now();
      await manager.save(row); // bumps the version: every edit is a new version of the set
      const after = await this.sets.load(id, manager);
      await this.audit.record(manager, actor, {
        action,
        entityType: 'criteria_set',
        entityId: id,
        before: { document: before.document },
        after: { document: after.document },
      });
      return toCriteriaSetDetail(after);
    });
  }
}
