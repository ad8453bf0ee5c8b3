import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldedContains, pageOf, type Page } from '../common/http/list-query';
import { UNIT_ROLES } from '@par/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { isUniqueViolation, containsPattern } from '../common/database-errors';
import { DomainError, notFound } from '../common/errors/domain-error';
import { fieldProblem, verbatim } from '../common/errors/field-problem';
import { UNIT_SORT } from './organization.dto';
import type {
  CreateUnitDto,
  CreateUnitTypeDto,
  UnitDto,
  UnitQueryDto,
  UpdateUnitDto,
  UpdateUnitTypeDto,
} from './organization.dto';
import { UnitType } from './unit-type.entity';
import { Unit } from './unit.entity';
import { sameCode } from '../common/codes';

const unitNotFound = (code: string) => notFound({ vi: `Không có đơn vị ${code}`, en: `No unit ${code}` });

export function toUnitDto(unit: Unit): UnitDto {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    type: unit.typeCode,
    parentCode: unit.parent?.code ?? null,
    replaces: unit.replaces ?? [],
    active: unit.active,
    version: unit.version,
    createdAt: unit.createdAt,
    updatedAt: unit.updatedAt,
  };
}

type Visibility = { all: true } | { all: false; unitId: string | null };

/** Which units the actor may see: all of them, or (unit roles) only its own. */
function visibility(actor: Actor): Visibility {
  const principal = actor.principal;
  if (principal?.kind === 'user' && UNIT_ROLES.includes(principal.role))
    return { all: false, unitId: principal.unitId };
  return principal ? { all: true } : { all: false, unitId: null };
}

/** Units and unit types. Unit roles only ever see their own unit. */
@Injectable()
export class UnitService {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  listTypes(): Promise<UnitType[]> {
    return this.dataSource.getRepository(UnitType).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  async createType(dto: CreateUnitTypeDto, actor: Actor): Promise<UnitType> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const type = manager.create(UnitType, { ...dto, sortOrder: dto.sortOrder ?? 100, active: true });
        await manager.insert(UnitType, type);
        await this.audit.record(manager, actor, {
          action: 'unit_type.create',
          entityType: 'unit_type',
          entityId: type.code,
          after: type,
        });
        return type;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        const existing = await this.dataSource
          .getRepository(UnitType)
          .findOneBy({ code: sameCode(dto.code) });
        throw new DomainError('UNIT_TYPE_TAKEN', {
          detail: verbatim(existing?.code ?? dto.code),
          extensions: { existingCode: existing?.code ?? dto.code },
        });
      }
      throw error;
    }
  }

  async updateType(code: string, dto: UpdateUnitTypeDto, actor: Actor): Promise<UnitType> {
    return this.dataSource.transaction(async (manager) => {
      const type = await manager.findOne(UnitType, {
        where: { code: sameCode(code) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!type) throw notFound({ vi: `Không có loại đơn vị ${code}`, en: `No unit type ${code}` });
      const before = { ...type };
      Object.assign(type, dto);
      await manager.save(type);
      await this.audit.record(manager, actor, {
        action: 'unit_type.update',
        entityType: 'unit_type',
        entityId: code,
        before,
        after: type,
      });
      return type;
    });
  }

  /** One page of the units the actor sees, filtered, searched (accent-insensitive) and sorted in SQL. */
  async list(query: UnitQueryDto, actor: Actor): Promise<Page<Unit>> {
    const seen = visibility(actor);
    const qb = this.dataSource
      .getRepository(Unit)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.parent', 'parent');
    if (!seen.all) {
      if (!seen.unitId) qb.andWhere('false');
      else qb.andWhere('u.id = :own', { own: seen.unitId });
    }
    if (query.type) qb.andWhere('u.type_code = :type', { type: query.type });
    if (query.code) qb.andWhere('lower(u.code) = lower(:code)', { code: query.code });
    if (query.active) qb.andWhere('u.active = :active', { active: query.active === 'true' });
    if (query.q) qb.andWhere(foldedContains(['u.code', 'u.name'], 'q'), { q: containsPattern(query.q) });
    return pageOf(qb, query, { fields: UNIT_SORT, default: 'type,code', tieBreaker: 'u.id' });
  }

  async get(code: string, actor: Actor): Promise<Unit> {
    const unit = await this.dataSource
      .getRepository(Unit)
      .findOne({ where: { code: sameCode(code) }, relations: { parent: true } });
    const seen = visibility(actor);
    if (!unit || (!seen.all && unit.id !== seen.unitId)) throw unitNotFound(code);
    return unit;
  }

  async create(dto: CreateUnitDto, actor: Actor): Promise<Unit> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.assertType(manager, dto.type);
        const parent = dto.parentCode ? await this.parentFor(manager, dto.parentCode, null) : null;
        const unit = manager.create(Unit, {
          code: dto.code,
          name: dto.name.trim(),
          typeCode: dto.type,
          parentId: parent?.id ?? null,
          replaces: dto.replaces ?? [],
          active: true,
        });
        await manager.save(unit);
        unit.parent = parent;
        await this.audit.record(manager, actor, {
          action: 'unit.create',
          entityType: 'unit',
          entityId: unit.code,
          after: toUnitDto(unit),
        });
        return unit;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_unit_code') || isUniqueViolation(error, 'UQ_unit_code_ci')) {
        // Codes are unique ignoring case: `stp` is refused when `STP` exists, and the answer names `STP`.
        const existing = await this.dataSource.getRepository(Unit).findOneBy({ code: sameCode(dto.code) });
        const existingCode = existing?.code ?? dto.code;
        throw new DomainError('UNIT_CODE_TAKEN', {
          detail: verbatim(existingCode),
          extensions: { existingCode, existing: `/api/v1/units/${encodeURIComponent(existingCode)}` },
        });
      }
      throw error;
    }
  }

  async update(code: string, dto: UpdateUnitDto, actor: Actor): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOne(Unit, {
        where: { code: sameCode(code) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!unit) throw unitNotFound(code);
      unit.parent = unit.parentId ? await manager.findOneBy(Unit, { id: unit.parentId }) : null;
      if (unit.version !== dto.version) {
        throw new DomainError('STALE_VERSION', { extensions: { current: toUnitDto(unit) } });
      }
      const before = toUnitDto(unit);
      if (dto.type !== undefined) {
        await this.assertType(manager, dto.type);
        unit.typeCode = dto.type;
      }
      if (dto.parentCode !== undefined) {
        unit.parent = dto.parentCode === null ? null : await this.parentFor(manager, dto.parentCode, unit.id);
        unit.parentId = unit.parent?.id ?? null;
      }
      if (dto.name !== undefined) unit.name = dto.name.trim();
      if (dto.active !== undefined) unit.active = dto.active;
      if (dto.replaces !== undefined) unit.replaces = dto.replaces;
      await manager.save(unit);
      await this.audit.record(manager, actor, {
        action: 'unit.update',
        entityType: 'unit',
        entityId: code,
        before,
        after: toUnitDto(unit),
      });
      return unit;
    });
  }

  private async assertType(manager: EntityManager, code: string): Promise<void> {
    if (!(await manager.existsBy(UnitType, { code }))) {
      throw new DomainError('UNIT_TYPE_UNKNOWN', {
        detail: verbatim(code),
        errors: [fieldProblem('UNIT_TYPE_UNKNOWN', { unitType: code }, 'type')],
      });
    }
  }

  /** The parent unit by code; refuses a unit as its own ancestor. */
  private async parentFor(manager: EntityManager, parentCode: string, childId: string | null): Promise<Unit> {
    const parent = await manager.findOneBy(Unit, { code: sameCode(parentCode) });
    if (!parent) {
      throw new DomainError('UNIT_PARENT_INVALID', {
        detail: { vi: `không có đơn vị ${parentCode}`, en: `no unit ${parentCode}` },
      });
    }
    if (childId) {
      const rows = await manager.query<{ id: string }[]>(
        `WITH RECURSIVE up AS (SELECT id, parent_id FROM unit WHERE id = $1
           UNION ALL SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id)
         SELECT id FROM up WHERE id = $2`,
        [parent.id, childId],
      );
      if (rows.length > 0) {
        throw new DomainError('UNIT_PARENT_INVALID', {
          detail: { vi: 'tạo thành vòng lặp cấp trên', en: 'it would create a cycle' },
        });
      }
    }
    return parent;
  }
}
