import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fromMilli, type ResultsV1, type UnitResultV1 } from '@par/scoring';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzipSync } from 'node:zlib';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { Clock } from '../common/time/clock';
import { CriteriaSetCache } from '../criteria/criteria-set-cache';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { Period, periodNotFound } from '../period/period.entity';
import { FinalInputRepository, sha256, type PeriodInputs } from '../scoring/final-input.repository';
import type { ResultSnapshot } from '../scoring/result-snapshot.entity';
import { actorLabel, ScoringService } from '../scoring/scoring.service';
import { appealInputs } from './appeal-inputs';
import type { PublishDto } from './publication.dto';
import { Publication } from './publication.entity';
import { rankingGroupsOf } from './ranking-group.service';

/** `GET /public/periods/{id}/results`: results/v1 made self-contained (DESIGN "Public results are self-contained"). */
export interface PublicResults extends ResultsV1 {
  period: {
    id: string;
    year: number;
    name: string;
    decisionNo: string;
    decisionDate: string;
    publishedAt: string;
    signer: string | null;
    version: number;
    /** The version this one replaces after appeals (null: the first). */
    supersedes: number | null;
  };
  criteriaSets: {
    code: string;
    name: string;
    bands: { code: string; label: string }[];
    nodes: { code: string; title: string; parentCode: string | null; maxPoints: number }[];
  }[];
  /** The ranking groups (names instead of raw codes), in their order. */
  rankingGroups: {
    code: string;
    name: string;
    nameEn: string;
    bands: { code: string; label: string }[] | null;
  }[];
  units: (UnitResultV1 & {
    name: string;
    groupName: string;
    criteriaSet: string;
    bandLabel: string | null;
    change: YearChange | null;
  })[];
}

/**
 * Against the latest earlier published year: the unit's own code, else the codes it replaced (a merger).
 * `indexChange` (points of index): against the unit's own index, or — for a merged unit — against the mean
 * of its predecessors' indices (`basis: 'predecessors_mean'`). `rankChange` (positive: moved up) only
 * against the unit itself: a merged unit's rank is in a group with fewer members than its predecessors',
 * and neither of their ranks is its own (see ADR 0007).
 */
export interface YearChange {
  year: number;
  basis: 'unit' | 'predecessors_mean';
  from: { code: string; index: number | null; rank: number | null; band: string | null }[];
  indexChange: number | null;
  rankChange: number | null;
}

type Predecessor = YearChange['from'][number];

/** The change of one unit from the rows it is compared with (itself, or the units it replaced). */
export function yearChange(
  year: number,
  unit: { code: string; index: number | null; rank: number | null },
  from: Predecessor[],
): YearChange {
  const round2 = (value: number) => Math.round(value * 100) / 100;
  if (from.length === 1 && from[0].code === unit.code) {
    const one = from[0];
    return {
      year,
      basis: 'unit',
      from,
      indexChange: one.index !== null && unit.index !== null ? round2(unit.index - one.index) : null,
      rankChange: one.rank !== null && unit.rank !== null ? one.rank - unit.rank : null,
    };
  }
  const indices = from.map((row) => row.index).filter((index): index is number => index !== null);
  // Every predecessor needs an index: a mean over part of the merged units would flatter or punish it.
  const mean = indices.length === from.length ? indices.reduce((a, b) => a + b, 0) / indices.length : null;
  return {
    year,
    basis: 'predecessors_mean',
    from,
    indexChange: mean !== null && unit.index !== null ? round2(unit.index - mean) : null,
    rankChange: null,
  };
}

/** One publication version of a period, as the public versions list shows it. */
export interface PublicationVersion {
  version: number;
  decisionNo: string;
  decisionDate: string;
  signer: string | null;
  publishedAt: Date;
  etag: string;
  hasDecisionFile: boolean;
  supersedes: number | null;
  supersededBy: number | null;
  latest: boolean;
}

/**
 * What the public route sends: the bytes serialised at publication, compressed once (gzip at once, brotli in
 * the background — `br` is null until it is ready), and their ETag (computed at publication).
 */
export interface PublicBody {
  body: Buffer;
  gzip: Buffer;
  br: Buffer | null;
  etag: string;
}

const CACHE_TTL_MS = 10_000;
/** Published bodies kept in memory (by period and version), least recently used out first. */
const CACHE_MAX = 32;
const brotli = promisify(brotliCompress);

/** Publication: a computed, current, final snapshot under a decision; the period freezes; the public feed is serialised once. */
@Injectable()
export class PublicationService {
  /** Published bodies by period id (they never change; the TTL only lets another replica's new version in). */
  private readonly cache = new Map<string, { entry: Promise<PublicBody>; at: number; ready?: PublicBody }>();

  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly scoring: ScoringService,
    private readonly inputs: FinalInputRepository,
    private readonly sets: CriteriaSetCache,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async publish(periodId: string, dto: PublishDto, actor: Actor): Promise<Publication> {
    const publication = await this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      const previous = await this.latest(periodId, manager);
      const afterAppeals = period.state === 'published';
      const snapshot = dto.snapshotId
        ? await this.scoring.snapshot(periodId, dto.snapshotId, manager)
        : await this.scoring.latest(periodId, manager);
      if (afterAppeals) await this.assertAppealSnapshot(manager, periodId, snapshot, previous);
      else if (!snapshot || (!snapshot.provisional && period.state !== 'computed')) {
        throw new DomainError('PERIOD_STATE_CONFLICT', {
          detail: { vi: 'cần tính điểm trước khi công bố', en: 'compute the results before publishing' },
          errors: [fieldProblem('NOT_COMPUTED', {})],
        });
      }
      if (!snapshot) throw new DomainError('NO_APPEAL_RESULTS');
      if (snapshot.provisional) {
        throw new DomainError('RESULTS_PROVISIONAL', {
          detail: {
            vi: `lần tính điểm #${snapshot.seq} là tạm tính; hãy tính điểm chính thức`,
            en: `snapshot #${snapshot.seq} is provisional; run a final compute`,
          },
        });
      }
      const inputs = afterAppeals
        ? await appealInputs(manager, this.inputs, periodId)
        : await this.inputs.periodInputs(manager, periodId);
      if (inputs.hash !== snapshot.inputsHash) throw stale(snapshot, inputs);
      if (snapshot.warnings.length > 0 && !(dto.acknowledgeWarnings && dto.acknowledgementReason)) {
        throw new DomainError('RESULTS_WARNINGS_NOT_ACKNOWLEDGED', {
          detail: {
            vi: `${snapshot.warnings.length} cảnh báo: ${snapshot.warnings.map((w) => `${w.unit} (${w.code})`).join(', ')}`,
            en: `${snapshot.warnings.length} warning(s): ${snapshot.warnings.map((w) => `${w.unit} (${w.code})`).join(', ')}`,
          },
          extensions: { warnings: snapshot.warnings },
        });
      }
      if (dto.decisionFileId) {
        const file = await manager.findOneBy(EvidenceFile, { id: dto.decisionFileId });
        if (!file || file.mime !== 'application/pdf') throw new DomainError('DECISION_FILE_NOT_PDF');
      }
      const version =
        ((
          await manager.query<{ max: number | null }[]>(
            `SELECT max(version) AS max FROM publication WHERE period_id = $1`,
            [periodId],
          )
        )[0].max ?? 0) + 1;
      const publishedAt = this.clock.now();
      const publicResults = await this.publicResults(manager, period, snapshot, inputs, {
        decisionNo: dto.decisionNo,
        decisionDate: dto.decisionDate,
        signer: dto.signer ?? null,
        publishedAt,
        version,
        supersedes: previous?.version ?? null,
      });
      const body = JSON.stringify(publicResults);
      const row = await manager.save(
        manager.create(Publication, {
          periodId,
          version,
          supersedesId: previous?.id ?? null,
          snapshotId: snapshot.id,
          decisionNo: dto.decisionNo,
          decisionDate: dto.decisionDate,
          signer: dto.signer ?? null,
          decisionFileId: dto.decisionFileId ?? null,
          acknowledgedWarnings: snapshot.warnings.length ? snapshot.warnings : [],
          acknowledgementReason: snapshot.warnings.length ? (dto.acknowledgementReason ?? null) : null,
          publishedBy: actorLabel(actor),
          publishedAt,
          publicBody: body,
          etag: `"${sha256(body).slice(0, 32)}"`,
        }),
      );
      Object.assign(period, {
        state: 'published',
        decisionNo: dto.decisionNo,
        decisionDate: dto.decisionDate,
        publishedAt,
        results: snapshot.results,
      });
      await manager.save(period);
      await this.audit.record(manager, actor, {
        action: afterAppeals ? 'period.publish_version' : 'period.publish',
        entityType: 'period',
        entityId: periodId,
        before: afterAppeals
          ? { state: 'published', version: previous?.version, snapshot: previous?.snapshotId }
          : { state: 'computed' },
        after: {
          state: 'published',
          version,
          supersedes: previous?.version ?? null,
          snapshot: snapshot.seq,
          inputsHash: snapshot.inputsHash,
          decisionNo: dto.decisionNo,
          decisionDate: dto.decisionDate,
          signer: dto.signer ?? null,
          decisionFileId: dto.decisionFileId ?? null,
          acknowledgedWarnings: snapshot.warnings.length,
          acknowledgementReason: row.acknowledgementReason,
        },
      });
      return row;
    });
    this.cache.delete(periodId);
    return publication;
  }

  /**
   * A published period publishes again only after appeals: none pending, and the snapshot an appeal compute
   * newer than the latest publication's (else 409 PERIOD_PUBLISHED as for any write, APPEALS_PENDING, or
   * NO_APPEAL_RESULTS).
   */
  private async assertAppealSnapshot(
    manager: EntityManager,
    periodId: string,
    snapshot: ResultSnapshot | null,
    previous: Publication | null,
  ): Promise<void> {
    const appeals = await manager.query<{ filed: number; pending: number }[]>(
      `SELECT count(*)::int AS filed, count(*) FILTER (WHERE outcome IS NULL)::int AS pending
         FROM appeal_leaf WHERE period_id = $1`,
      [periodId],
    );
    if (!appeals[0].filed) throw new DomainError('PERIOD_PUBLISHED');
    if (appeals[0].pending)
      throw new DomainError('APPEALS_PENDING', {
        detail: {
          vi: `${appeals[0].pending} tiêu chí chưa có kết luận`,
          en: `${appeals[0].pending} leaf/leaves undecided`,
        },
      });
    const published = previous ? await this.scoring.snapshot(periodId, previous.snapshotId, manager) : null;
    if (!snapshot?.appeal || (published && snapshot.seq <= published.seq))
      throw new DomainError('NO_APPEAL_RESULTS');
  }

  /**
   * The signed decision may be uploaded before publication, and after it only for the next version after
   * appeals (some leaf appealed); otherwise the frozen period refuses it like any write.
   */
  async assertDecisionUploadAllowed(periodId: string): Promise<void> {
    const rows = await this.dataSource.query<{ state: string; appealed: boolean }[]>(
      `SELECT p.state, EXISTS (SELECT 1 FROM appeal_leaf l WHERE l.period_id = p.id) AS appealed
         FROM period p WHERE p.id = $1`,
      [periodId],
    );
    if (!rows.length) throw periodNotFound();
    if (rows[0].state === 'published' && !rows[0].appealed) throw new DomainError('PERIOD_PUBLISHED');
  }

  /** The latest publication of a period, or null. */
  latest(periodId: string, manager: EntityManager = this.dataSource.manager): Promise<Publication | null> {
    return manager.findOne(Publication, { where: { periodId }, order: { version: 'DESC' } });
  }

  /**
   * Public: the bytes of a published period's results, gzipped once, and their ETag; else 404 (no hint that
   * an unpublished one exists). Cached in memory as a promise (one read and one gzip however many requests
   * arrive together); every CACHE_TTL_MS one request checks the ETag, so a new version published by another
   * replica shows up, while the bytes are read again only when it changed.
   */
  publicBody(periodId: string, version?: number): Promise<PublicBody> {
    const key = version === undefined ? periodId : `${periodId}@${version}`;
    const cached = this.cache.get(key);
    // A named version never changes: only "the latest" is re-checked after the TTL.
    if (cached && (version !== undefined || Date.now() - cached.at < CACHE_TTL_MS)) {
      this.touch(key, cached);
      return cached.entry;
    }
    const entry = this.loadBody(periodId, version, cached?.entry);
    const slot: { entry: Promise<PublicBody>; at: number; ready?: PublicBody } = { entry, at: Date.now() };
    this.touch(key, slot);
    entry.then(
      (body) => (slot.ready = body),
      () => this.cache.get(key) === slot && this.cache.delete(key),
    );
    return entry;
  }

  /**
   * The body already in memory and still fresh (the latest re-checked within the TTL), else null: what the
   * route's fast path (`public-feed.ts`) answers from, with no database and no Nest pipeline. A miss goes the
   * ordinary way (validation, `publicBody`).
   */
  peekPublicBody(periodId: string, version?: number): PublicBody | null {
    const key = version === undefined ? periodId : `${periodId}@${version}`;
    const cached = this.cache.get(key);
    if (!cached?.ready) return null;
    if (version === undefined && Date.now() - cached.at >= CACHE_TTL_MS) return null;
    return cached.ready;
  }

  /** Most recently used last; beyond CACHE_MAX the least recently used is dropped. */
  private touch(key: string, slot: { entry: Promise<PublicBody>; at: number; ready?: PublicBody }): void {
    this.cache.delete(key);
    this.cache.set(key, slot);
    const oldest = this.cache.keys().next().value;
    if (this.cache.size > CACHE_MAX && oldest !== undefined) this.cache.delete(oldest);
  }

  private async loadBody(
    periodId: string,
    version?: number,
    previous?: Promise<PublicBody>,
  ): Promise<PublicBody> {
    // The latest version, or the one named (a validated integer, passed as a parameter).
    const which = version === undefined ? `ORDER BY version DESC LIMIT 1` : `AND version = $2 LIMIT 1`;
    const params = version === undefined ? [periodId] : [periodId, version];
    const known = previous ? await previous.catch(() => null) : null;
    if (known) {
      const current = await this.dataSource.query<{ etag: string }[]>(
        `SELECT etag FROM publication WHERE period_id = $1 ${which}`,
        params,
      );
      if (current[0]?.etag === known.etag) return known;
    }
    const rows = await this.dataSource.query<{ public_body: string; etag: string }[]>(
      `SELECT public_body, etag FROM publication WHERE period_id = $1 ${which}`,
      params,
    );
    if (!rows.length) throw periodNotFound();
    const body = Buffer.from(rows[0].public_body, 'utf8');
    const result: PublicBody = { body, gzip: gzipSync(body, { level: 9 }), br: null, etag: rows[0].etag };
    // Brotli on the thread pool, once (3,300 units: 2.25 MB → 93 kB gzip, 18 kB brotli); gzip meanwhile.
    brotli(body, {
      params: {
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_QUALITY]: 11,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).then(
      (compressed) => (result.br = compressed),
      () => undefined,
    );
    return result;
  }

  /**
   * Every publication version of a period, oldest first, each linked to the one it supersedes and the one
   * that superseded it; 404 before the first publication.
   */
  async versions(periodId: string): Promise<PublicationVersion[]> {
    const rows = await this.dataSource.getRepository(Publication).find({
      where: { periodId },
      order: { version: 'ASC' },
      select: {
        id: true,
        version: true,
        snapshotId: true,
        supersedesId: true,
        decisionNo: true,
        decisionDate: true,
        signer: true,
        decisionFileId: true,
        publishedAt: true,
        publishedBy: true,
        etag: true,
      },
    });
    if (!rows.length) throw periodNotFound();
    return rows.map((row, i) => ({
      version: row.version,
      decisionNo: row.decisionNo,
      decisionDate: row.decisionDate,
      signer: row.signer,
      publishedAt: row.publishedAt,
      etag: row.etag,
      hasDecisionFile: row.decisionFileId !== null,
      supersedes: rows.find((other) => other.id === row.supersedesId)?.version ?? null,
      supersededBy: rows.find((other) => other.supersedesId === row.id)?.version ?? null,
      latest: i === rows.length - 1,
    }));
  }

  /** Public: the published periods, newest first. */
  publishedPeriods(): Promise<
    {
      id: string;
      year: number;
      name: string;
      decisionNo: string;
      decisionDate: string;
      publishedAt: Date;
      version: number;
    }[]
  > {
    return this.dataSource
      .query(
        `SELECT DISTINCT ON (p.id) p.id, p.year, p.name, pb.decision_no AS "decisionNo",
              to_char(pb.decision_date, 'YYYY-MM-DD') AS "decisionDate", pb.published_at AS "publishedAt", pb.version
         FROM period p JOIN publication pb ON pb.period_id = p.id
        ORDER BY p.id, pb.version DESC`,
      )
      .then((rows: { year: number; id: string }[]) =>
        [...rows].sort((a, b) => b.year - a.year || (a.id < b.id ? -1 : 1)),
      ) as never;
  }

  /** Public: a unit's index, rank and band over the published periods (latest version of each), oldest first. */
  async unitHistory(
    code: string,
  ): Promise<
    { year: number; periodId: string; index: number | null; rank: number | null; band: string | null }[]
  > {
    const rows = await this.dataSource.query<
      {
        year: number;
        period_id: string;
        unit: { index: number | null; rank: number | null; band: string | null } | null;
      }[]
    >(
      `SELECT DISTINCT ON (p.id) p.year, p.id AS period_id,
              (SELECT u FROM jsonb_array_elements(s.results -> 'units') u WHERE u ->> 'code' = $1) AS unit
         FROM period p
         JOIN publication pb ON pb.period_id = p.id
         JOIN result_snapshot s ON s.id = pb.snapshot_id
        ORDER BY p.id, pb.version DESC`,
      [code],
    );
    const history = rows
      .filter((row) => row.unit)
      .map((row) => ({
        year: row.year,
        periodId: row.period_id,
        index: row.unit!.index,
        rank: row.unit!.rank,
        band: row.unit!.band,
      }))
      .sort((a, b) => a.year - b.year);
    if (!history.length)
      throw new DomainError('NOT_FOUND', {
        detail: {
          vi: 'Không có đơn vị này trong kết quả đã công bố',
          en: 'No such unit in published results',
        },
      });
    return history;
  }

  /** The decision file of a published period (public, like the decision itself), else null. */
  async decisionFileId(periodId: string, version?: number): Promise<string | null> {
    const row =
      version === undefined
        ? await this.latest(periodId)
        : await this.dataSource.getRepository(Publication).findOneBy({ periodId, version });
    return row?.decisionFileId ?? null;
  }

  /** Year-over-year change of each unit against the latest earlier published period (by code, else predecessors). */
  async yearChanges(
    manager: EntityManager,
    period: Period,
    units: readonly UnitResultV1[],
  ): Promise<Map<string, YearChange>> {
    const previous = await manager.query<{ year: number; results: { units: UnitResultV1[] } }[]>(
      `SELECT p.year, s.results FROM publication pb
         JOIN period p ON p.id = pb.period_id
         JOIN result_snapshot s ON s.id = pb.snapshot_id
        WHERE p.year < $1
        ORDER BY p.year DESC, pb.version DESC LIMIT 1`,
      [period.year],
    );
    const changes = new Map<string, YearChange>();
    if (!previous.length) return changes;
    const before = new Map(previous[0].results.units.map((unit) => [unit.code, unit]));
    const replaced = new Map(
      (
        await manager.query<{ code: string; replaces: string[] }[]>(
          `SELECT code, replaces FROM unit WHERE code = ANY($1) AND cardinality(replaces) > 0`,
          [units.map((unit) => unit.code)],
        )
      ).map((row) => [row.code, row.replaces]),
    );
    for (const unit of units) {
      const codes = before.has(unit.code) ? [unit.code] : (replaced.get(unit.code) ?? []);
      const from = codes.flatMap((code) => {
        const old = before.get(code);
        return old ? [{ code, index: old.index, rank: old.rank, band: old.band }] : [];
      });
      if (!from.length) continue;
      changes.set(unit.code, yearChange(previous[0].year, unit, from));
    }
    return changes;
  }

  private async publicResults(
    manager: EntityManager,
    period: Period,
    snapshot: ResultSnapshot,
    inputs: PeriodInputs,
    decision: {
      decisionNo: string;
      decisionDate: string;
      signer: string | null;
      publishedAt: Date;
      version: number;
      supersedes: number | null;
    },
  ): Promise<PublicResults> {
    const unitSet = new Map<string, { set: string; name: string }>();
    const bandLabels = new Map<string, Map<string, string>>();
    const criteriaSets: PublicResults['criteriaSets'] = [];
    for (const entry of inputs.sets) {
      const set = await this.sets.get(entry.setId, manager);
      const bands = entry.bands
        ? entry.bands.map((b) => ({ code: b.code, label: b.label }))
        : set.bands.map((b) => ({ code: b.code, label: b.label }));
      bandLabels.set(set.code, new Map(bands.map((b) => [b.code, b.label])));
      criteriaSets.push({
        code: set.code,
        name: set.name,
        bands,
        nodes: set.allNodes.map((node) => ({
          code: node.code,
          title: node.title,
          parentCode: node.parentCode,
          maxPoints: fromMilli(node.maxMilli),
        })),
      });
      for (const unit of entry.document.units)
        unitSet.set(unit.code, { set: set.code, name: unit.name ?? unit.code });
    }
    const changes = await this.yearChanges(manager, period, snapshot.results.units);
    const groups = await rankingGroupsOf(manager, period.id);
    const groupOf = new Map(groups.groups.map((g) => [g.code, g]));
    const labelOf = (unit: UnitResultV1, setCode: string): string | null => {
      if (!unit.band) return null;
      const own = inputs.groupBands[unit.group];
      if (own) return own.find((b) => b.code === unit.band)?.label ?? null;
      return bandLabels.get(setCode)?.get(unit.band) ?? null;
    };
    return {
      format: snapshot.results.format,
      criteriaSet: snapshot.results.criteriaSet,
      period: {
        id: period.id,
        year: period.year,
        name: period.name,
        decisionNo: decision.decisionNo,
        decisionDate: decision.decisionDate,
        publishedAt: decision.publishedAt.toISOString(),
        signer: decision.signer,
        version: decision.version,
        supersedes: decision.supersedes,
      },
      criteriaSets,
      rankingGroups: groups.groups.map((g) => ({
        code: g.code,
        name: g.name,
        nameEn: g.nameEn,
        bands: g.bands ? g.bands.map((b) => ({ code: b.code, label: b.label })) : null,
      })),
      units: snapshot.results.units.map((unit) => {
        const of = unitSet.get(unit.code);
        const setCode = of?.set ?? snapshot.results.criteriaSet;
        return {
          ...unit,
          name: of?.name ?? unit.code,
          criteriaSet: setCode,
          groupName: groupOf.get(unit.group)?.name ?? unit.group,
          bandLabel: labelOf(unit, setCode),
          change: changes.get(unit.code) ?? null,
        };
      }),
    };
  }
}

/** 409 RESULTS_STALE naming the inputs that changed since the snapshot. */
function stale(snapshot: ResultSnapshot, inputs: PeriodInputs): DomainError {
  const keys = new Set([...Object.keys(snapshot.inputHashes), ...Object.keys(inputs.hashes)]);
  const changed = [...keys].filter((key) => snapshot.inputHashes[key] !== inputs.hashes[key]).sort();
  return new DomainError('RESULTS_STALE', {
    detail: {
      vi: `đã thay đổi sau lần tính điểm #${snapshot.seq}: ${changed.join(', ')}`,
      en: `changed since snapshot #${snapshot.seq}: ${changed.join(', ')}`,
    },
    extensions: { snapshotId: snapshot.id, changed },
  });
}
