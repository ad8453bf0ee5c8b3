import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  diffCriteriaSets,
  fromMilli,
  parseCriteriaSet,
  toMilli,
  type CriteriaSet,
  type CriteriaSetDiff,
  type CriteriaSetV1,
  type Issue,
  type IssueCode,
} from '@par/scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { isUniqueViolation } from '../common/database-errors';
import { DomainError, notFound } from '../common/errors/domain-error';
import { issuesToProblems } from '../common/errors/issues';
import { Clock } from '../common/time/clock';
import { UnitType } from '../organization/unit-type.entity';
import { CriteriaNodeRow } from './criteria-node.entity';
import { CriteriaSetRow } from './criteria-set.entity';
import { canonicalRule, toCriteriaSetV1, toNodeRows } from './criteria-set.mapper';
import { readCriteriaWorkbook, writeCriteriaWorkbook } from './criteria-workbook';
import type {
  CloneCriteriaSetDto,
  CreateNodeDto,
  CriteriaSetDetailDto,
  CriteriaSetSummaryDto,
  UpdateCriteriaSetDto,
  UpdateNodeDto,
} from './criteria.dto';

/** Issues a draft may carry while being edited; publication needs none at all. */
const DRAFT_TOLERATED: ReadonlySet<IssueCode> = new Set(['MAX_POINTS_MISMATCH', 'MISSING_RULE']);

type NodeDraft = Omit<CriteriaNodeRow, 'id'>;

export interface LoadedSet {
  row: CriteriaSetRow;
  nodes: CriteriaNodeRow[];
  document: CriteriaSetV1;
}

const setNotFound = () => notFound({ vi: 'Không có bộ tiêu chí này', en: 'No such criteria set' });

/** Criteria sets: import/export v1, node edits with validation by libs/scoring, clone, publish (freeze). */
@Injectable()
export class CriteriaSetService {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(): Promise<CriteriaSetSummaryDto[]> {
    const rows = await this.dataSource
      .getRepository(CriteriaSetRow)
      .find({ order: { year: 'DESC', code: 'ASC' } });
    const stats = await this.dataSource.query<{ set_id: string; leaves: string; max_milli: string }[]>(
      `SELECT n.set_id,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM criteria_node c WHERE c.set_id = n.set_id AND c.parent_code = n.code)) AS leaves,
              coalesce(sum(n.max_milli) FILTER (WHERE n.parent_code IS NULL), 0) AS max_milli
         FROM criteria_node n GROUP BY n.set_id`,
    );
    const bySet = new Map(stats.map((s) => [s.set_id, s]));
    return rows.map((row) => {
      const s = bySet.get(row.id);
      return summary(row, Number(s?.leaves ?? 0), Number(s?.max_milli ?? 0));
    });
  }

  async load(id: string, manager: EntityManager = this.dataSource.manager): Promise<LoadedSet> {
    const row = await manager.findOneBy(CriteriaSetRow, { id });
    if (!row) throw setNotFound();
    const nodes = await manager.find(CriteriaNodeRow, { where: { setId: id }, order: { sortOrder: 'ASC' } });
    return { row, nodes, document: toCriteriaSetV1(row, nodes) };
  }

  /** The validated, exact set (for scoring); throws CRITERIA_SET_INVALID if it does not validate. */
  async parsed(id: string, manager?: EntityManager): Promise<{ loaded: LoadedSet; set: CriteriaSet }> {
    const loaded = await this.load(id, manager);
    const result = parseCriteriaSet(loaded.document);
    if (!result.ok) throw invalid(result.issues);
    return { loaded, set: result.value };
  }

  /** Year-over-year diff (nodes matched by code), computed by libs/scoring; points in thousandths. */
  async diff(
    beforeId: string,
    afterId: string,
  ): Promise<{ before: CriteriaSetSummaryDto; after: CriteriaSetSummaryDto; diff: CriteriaSetDiff }> {
    const before = await this.parsed(beforeId);
    const after = await this.parsed(afterId);
    return {
      before: this.toDetail(before.loaded),
      after: this.toDetail(after.loaded),
      diff: diffCriteriaSets(before.set, after.set),
    };
  }

  async detail(id: string): Promise<CriteriaSetDetailDto> {
    const loaded = await this.load(id);
    return this.toDetail(loaded);
  }

  private toDetail({ row, nodes, document }: LoadedSet): CriteriaSetDetailDto {
    const result = parseCriteriaSet(document);
    const leaves = nodes.filter((n) => !nodes.some((c) => c.parentCode === n.code)).length;
    const maxMilli = nodes.filter((n) => n.parentCode === null).reduce((sum, n) => sum + n.maxMilli, 0);
    return {
      ...summary(row, leaves, maxMilli),
      document,
      issues: result.ok ? [] : issuesToProblems(result.issues),
    };
  }

  /** `POST /criteria-sets/import.xlsx`: the officials' workbook; every problem with its row number. */
  async importWorkbook(buffer: Buffer, actor: Actor): Promise<CriteriaSetRow> {
    const read = await readCriteriaWorkbook(buffer);
    if (!read.ok) {
      throw new DomainError('WORKBOOK_INVALID', {
        detail: { vi: `${read.problems.length} lỗi`, en: `${read.problems.length} problem(s)` },
        errors: read.problems,
      });
    }
    const { document, sourceDecision, rows } = read.value;
    const row = await this.importV1(document, actor, (issue) =>
      issue.node ? rows.get(issue.node) : undefined,
    );
    if (sourceDecision)
      await this.dataSource.getRepository(CriteriaSetRow).update({ id: row.id }, { sourceDecision });
    return row;
  }

  async exportWorkbook(id: string): Promise<{ code: string; body: Buffer }> {
    const { row, document } = await this.load(id);
    return { code: row.code, body: await writeCriteriaWorkbook(document, row.sourceDecision) };
  }

  /** `POST /criteria-sets`: a whole v1 document, every problem reported at once; creates a draft. */
  async importV1(
    input: unknown,
    actor: Actor,
    rowOf?: (issue: Issue) => number | undefined,
  ): Promise<CriteriaSetRow> {
    const result = parseCriteriaSet(input);
    if (!result.ok) {
      const error = invalid(result.issues);
      if (rowOf) {
        error.options.errors = error.options.errors?.map((p, i) => {
          const row = rowOf(result.issues[i]);
          return row
            ? { ...p, row, message: `Dòng ${row}: ${p.message}`, messageEn: `Row ${row}: ${p.messageEn}` }
            : p;
        });
      }
      throw error;
    }
    const doc = input as CriteriaSetV1;
    const parsed = result.value;
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.assertUnitType(manager, parsed.unitType);
        const row = manager.create(CriteriaSetRow, {
          code: parsed.code,
          name: parsed.name,
          year: parsed.year,
          unitType: parsed.unitType,
          sourceDecision: null,
          bands: toCriteriaSetV1Bands(doc),
          bonusMaxMilli: parsed.adjustments?.bonusMaxMilli ?? null,
          penaltyMaxMilli: parsed.adjustments?.penaltyMaxMilli ?? null,
          status: 'draft',
          clonedFromId: null,
          publishedAt: null,
        });
        await manager.save(row);
        await manager.insert(CriteriaNodeRow, toNodeRows(doc, parsed, row.id));
        await this.audit.record(manager, actor, {
          action: 'criteria_set.import',
          entityType: 'criteria_set',
          entityId: row.id,
          after: { code: row.code, year: row.year, unitType: row.unitType, leaves: parsed.leaves.length },
        });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_criteria_set_code')) {
        throw new DomainError('CRITERIA_SET_CODE_TAKEN', { detail: { vi: parsed.code, en: parsed.code } });
      }
      throw error;
    }
  }

  async updateMeta(id: string, dto: UpdateCriteriaSetDto, actor: Actor): Promise<CriteriaSetDetailDto> {
    return this.mutate(id, actor, 'criteria_set.update', dto.version, (row, nodes) => {
      if (dto.name !== undefined) row.name = dto.name.trim();
      if (dto.sourceDecision !== undefined) row.sourceDecision = dto.sourceDecision;
      if (dto.bands !== undefined)
        row.bands = dto.bands.map((b) => ({ code: b.code, label: b.label, minIndex: Number(b.minIndex) }));
      if (dto.adjustments !== undefined) {
        row.bonusMaxMilli = dto.adjustments ? toMilli(dto.adjustments.bonusMax) : null;
        row.penaltyMaxMilli = dto.adjustments ? toMilli(dto.adjustments.penaltyMax) : null;
      }
      return nodes;
    });
  }

  async addNode(id: string, dto: CreateNodeDto, actor: Actor): Promise<CriteriaSetDetailDto> {
    return this.mutate(id, actor, 'criteria_node.create', null, (_row, nodes) => {
      const parentCode = dto.parentCode ?? null;
      if (nodes.some((n) => n.code === dto.code))
        throw nodeInvalid('DUPLICATE_CODE', dto.code, `mã ${dto.code} đã có`, `code ${dto.code} exists`);
      if (parentCode !== null) {
        const parent = nodes.find((n) => n.code === parentCode);
        if (!parent) throw nodeNotFound(parentCode);
        // The first child turns a leaf into a branch: its rule and source go.
        if (!nodes.some((n) => n.parentCode === parentCode))
          Object.assign(parent, { rule: null, source: null });
      }
      const siblings = nodes
        .filter((n) => n.parentCode === parentCode)
        .sort((a, b) => a.sortOrder - b.sortOrder);
      const position = Math.min(dto.position ?? siblings.length, siblings.length);
      const node: NodeDraft = {
        setId: id,
        code: dto.code,
        parentCode,
        sortOrder: position,
        title: dto.title.trim(),
        maxMilli: toMilli(dto.maxPoints),
        source: dto.rule
          ? (dto.source ?? (dto.rule.kind === 'survey' ? 'survey' : 'assessment'))
          : (dto.source ?? null),
        rule: dto.rule ?? null,
        guidance: dto.guidance ?? null,
        evidenceHint: dto.evidence ?? null,
        leadAgency: dto.leadAgency ?? null,
      };
      siblings.splice(position, 0, node as CriteriaNodeRow);
      siblings.forEach((s, i) => (s.sortOrder = i));
      return [...nodes, node];
    });
  }

  async updateNode(
    id: string,
    code: string,
    dto: UpdateNodeDto,
    actor: Actor,
  ): Promise<CriteriaSetDetailDto> {
    return this.mutate(id, actor, 'criteria_node.update', null, (_row, nodes) => {
      const node = nodes.find((n) => n.code === code);
      if (!node) throw nodeNotFound(code);
      if (dto.code !== undefined && dto.code !== code) {
        if (nodes.some((n) => n.code === dto.code))
          throw nodeInvalid('DUPLICATE_CODE', dto.code, `mã ${dto.code} đã có`, `code ${dto.code} exists`);
        for (const child of nodes.filter((n) => n.parentCode === code)) child.parentCode = dto.code;
        node.code = dto.code;
      }
      if (dto.parentCode !== undefined || dto.position !== undefined) {
        const parentCode = dto.parentCode === undefined ? node.parentCode : dto.parentCode;
        if (parentCode !== null) {
          if (!nodes.some((n) => n.code === parentCode)) throw nodeNotFound(parentCode);
          if (isDescendant(nodes, parentCode, node.code)) {
            throw nodeInvalid(
              'INVALID_FIELD',
              node.code,
              'không thể chuyển vào chính nhánh con của nó',
              'cannot move a node under itself',
            );
          }
          const parent = nodes.find((n) => n.code === parentCode)!;
          if (!nodes.some((n) => n.parentCode === parentCode))
            Object.assign(parent, { rule: null, source: null });
        }
        const oldSiblings = nodes
          .filter((n) => n.parentCode === node.parentCode && n !== node)
          .sort((a, b) => a.sortOrder - b.sortOrder);
        oldSiblings.forEach((s, i) => (s.sortOrder = i));
        node.parentCode = parentCode;
        const siblings = nodes
          .filter((n) => n.parentCode === parentCode && n !== node)
          .sort((a, b) => a.sortOrder - b.sortOrder);
        const position = Math.min(dto.position ?? siblings.length, siblings.length);
        siblings.splice(position, 0, node);
        siblings.forEach((s, i) => (s.sortOrder = i));
      }
      if (dto.title !== undefined) node.title = dto.title.trim();
      if (dto.maxPoints !== undefined) node.maxMilli = toMilli(dto.maxPoints);
      if (dto.rule !== undefined) {
        node.rule = dto.rule;
        if (dto.rule && dto.source === undefined && !node.source)
          node.source = dto.rule.kind === 'survey' ? 'survey' : 'assessment';
      }
      if (dto.source !== undefined) node.source = dto.source;
      if (dto.guidance !== undefined) node.guidance = dto.guidance;
      if (dto.evidence !== undefined) node.evidenceHint = dto.evidence;
      if (dto.leadAgency !== undefined) node.leadAgency = dto.leadAgency;
      return nodes;
    });
  }

  async deleteNode(id: string, code: string, actor: Actor): Promise<CriteriaSetDetailDto> {
    return this.mutate(id, actor, 'criteria_node.delete', null, (_row, nodes) => {
      const node = nodes.find((n) => n.code === code);
      if (!node) throw nodeNotFound(code);
      const doomed = new Set([code]);
      for (let grew = true; grew;) {
        grew = false;
        for (const n of nodes) {
          if (n.parentCode !== null && doomed.has(n.parentCode) && !doomed.has(n.code)) {
            doomed.add(n.code);
            grew = true;
          }
        }
      }
      const kept = nodes.filter((n) => !doomed.has(n.code));
      kept
        .filter((n) => n.parentCode === node.parentCode)
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .forEach((s, i) => (s.sortOrder = i));
      return kept;
    });
  }

  /** Publication freezes the set; it needs a set without any issue. */
  async publish(id: string, actor: Actor, manager?: EntityManager): Promise<CriteriaSetRow> {
    const work = async (m: EntityManager) => {
      const row = await this.lockSet(m, id);
      if (row.status === 'published') return row;
      if (row.status === 'archived') throw frozen(row);
      const { document } = await this.load(id, m);
      const result = parseCriteriaSet(document);
      if (!result.ok) throw invalid(result.issues);
      const before = { status: row.status };
      row.status = 'published';
      row.publishedAt = this.clock.now();
      await m.save(row);
      await this.audit.record(m, actor, {
        action: 'criteria_set.publish',
        entityType: 'criteria_set',
        entityId: id,
        before,
        after: { status: row.status },
      });
      return row;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  async archive(id: string, actor: Actor): Promise<CriteriaSetRow> {
    return this.dataSource.transaction(async (m) => {
      const row = await this.lockSet(m, id);
      const before = { status: row.status };
      row.status = 'archived';
      await m.save(row);
      await this.audit.record(m, actor, {
        action: 'criteria_set.archive',
        entityType: 'criteria_set',
        entityId: id,
        before,
        after: { status: row.status },
      });
      return row;
    });
  }

  async remove(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await this.lockSet(m, id);
      if (row.status !== 'draft') throw frozen(row);
      const used = await m.query<unknown[]>(
        'SELECT 1 FROM period_criteria_set WHERE criteria_set_id = $1 LIMIT 1',
        [id],
      );
      if (used.length) throw new DomainError('CRITERIA_SET_IN_USE');
      await m.delete(CriteriaSetRow, { id });
      await this.audit.record(m, actor, {
        action: 'criteria_set.delete',
        entityType: 'criteria_set',
        entityId: id,
        before: { code: row.code },
      });
    });
  }

  /** A new draft for another year with the same tree (the yearly re-issue starts here). */
  async clone(id: string, dto: CloneCriteriaSetDto, actor: Actor): Promise<CriteriaSetRow> {
    try {
      return await this.dataSource.transaction(async (m) => {
        const source = await this.load(id, m);
        const row = m.create(CriteriaSetRow, {
          ...source.row,
          id: undefined,
          code: dto.code,
          year: dto.year,
          name: dto.name ?? source.row.name.replace(String(source.row.year), String(dto.year)),
          status: 'draft',
          clonedFromId: id,
          publishedAt: null,
          version: undefined,
          createdAt: undefined,
          updatedAt: undefined,
        });
        await m.save(row);
        if (source.nodes.length) {
          await m.insert(
            CriteriaNodeRow,
            source.nodes.map(({ id: _id, set: _set, ...n }) => ({ ...n, setId: row.id })),
          );
        }
        await this.audit.record(m, actor, {
          action: 'criteria_set.clone',
          entityType: 'criteria_set',
          entityId: row.id,
          after: { code: row.code, year: row.year, from: source.row.code },
        });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_criteria_set_code')) {
        throw new DomainError('CRITERIA_SET_CODE_TAKEN', { detail: { vi: dto.code, en: dto.code } });
      }
      throw error;
    }
  }

  /**
   * Every edit of a draft: lock the set, change a copy of its nodes, validate the whole result with
   * libs/scoring, and write it only if nothing but draft-tolerated issues remain.
   */
  private async mutate(
    id: string,
    actor: Actor,
    action: string,
    version: number | null,
    change: (row: CriteriaSetRow, nodes: NodeDraft[]) => NodeDraft[],
  ): Promise<CriteriaSetDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const row = await this.lockSet(m, id);
      if (row.status !== 'draft') throw frozen(row);
      if (version !== null && version !== row.version) {
        throw new DomainError('STALE_VERSION', { extensions: { current: await this.detail(id) } });
      }
      const before = await this.load(id, m);
      const drafts: NodeDraft[] = before.nodes.map(({ id: _id, set: _set, ...n }) => ({ ...n }));
      const nodes = change(row, drafts);
      const document = toCriteriaSetV1(row, nodes as CriteriaNodeRow[]);
      const result = parseCriteriaSet(document);
      const blocking = result.ok ? [] : result.issues.filter((i) => !DRAFT_TOLERATED.has(i.code));
      if (blocking.length) {
        throw new DomainError('CRITERIA_NODE_INVALID', {
          detail: { vi: `${blocking.length} lỗi`, en: `${blocking.length} problem(s)` },
          errors: issuesToProblems(blocking),
        });
      }
      await m.delete(CriteriaNodeRow, { setId: id });
      if (nodes.length)
        // Rules validated above are stored in their one canonical form (defaults spelled out).
        await m.insert(
          CriteriaNodeRow,
          nodes.map((n) => ({ ...n, setId: id, rule: n.rule ? canonicalRule(n.rule) : null })),
        );
      row.updatedAt = this.clock.now();
      await m.save(row); // bumps the version: every edit is a new version of the set
      const after = await this.load(id, m);
      await this.audit.record(m, actor, {
        action,
        entityType: 'criteria_set',
        entityId: id,
        before: { document: before.document },
        after: { document: after.document },
      });
      return this.toDetail(after);
    });
  }

  private async lockSet(m: EntityManager, id: string): Promise<CriteriaSetRow> {
    const row = await m.findOne(CriteriaSetRow, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw setNotFound();
    return row;
  }

  private async assertUnitType(m: EntityManager, code: string): Promise<void> {
    if (!(await m.existsBy(UnitType, { code }))) {
      throw new DomainError('UNIT_TYPE_UNKNOWN', {
        detail: { vi: code, en: code },
        errors: [
          {
            field: '/unitType',
            code: 'UNIT_TYPE_UNKNOWN',
            message: `Không có loại đơn vị ${code}`,
            messageEn: `Unknown unit type ${code}`,
          },
        ],
      });
    }
  }
}

function summary(row: CriteriaSetRow, leafCount: number, maxMilli: number): CriteriaSetSummaryDto {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    year: row.year,
    unitType: row.unitType,
    status: row.status,
    sourceDecision: row.sourceDecision,
    leafCount,
    maxPoints: fromMilli(maxMilli),
    clonedFromId: row.clonedFromId,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

function toCriteriaSetV1Bands(doc: CriteriaSetV1): CriteriaSetRow['bands'] {
  return (doc.bands ?? []).map((b) => ({ code: b.code, label: b.label, minIndex: Number(b.minIndex) }));
}

function isDescendant(nodes: readonly NodeDraft[], candidate: string, ancestor: string): boolean {
  for (let current: string | null = candidate; current !== null;) {
    if (current === ancestor) return true;
    current = nodes.find((n) => n.code === current)?.parentCode ?? null;
  }
  return false;
}

export function invalid(issues: readonly Issue[]): DomainError {
  return new DomainError('CRITERIA_SET_INVALID', {
    detail: { vi: `${issues.length} lỗi`, en: `${issues.length} problem(s)` },
    errors: issuesToProblems(issues),
  });
}

function frozen(row: CriteriaSetRow): DomainError {
  return new DomainError('CRITERIA_SET_FROZEN', {
    detail: { vi: `${row.code} đang ở trạng thái ${row.status}`, en: `${row.code} is ${row.status}` },
  });
}

function nodeNotFound(code: string): DomainError {
  return notFound({ vi: `Không có tiêu chí ${code}`, en: `No node ${code}` });
}

function nodeInvalid(code: IssueCode, node: string, vi: string, en: string): DomainError {
  return new DomainError('CRITERIA_NODE_INVALID', { errors: [{ code, node, message: vi, messageEn: en }] });
}
