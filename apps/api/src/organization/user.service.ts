import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { foldedContains, pageOf, type Page } from '../common/http/list-query';
import { UNIT_ROLES, type Role } from '@par/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import type { Actor } from '../auth/principal';
import { TokenService } from '../auth/token.service';
import { isUniqueViolation, containsPattern } from '../common/database-errors';
import { DomainError, notFound } from '../common/errors/domain-error';
import { fieldProblem, verbatim } from '../common/errors/field-problem';
import { USER_SORT } from './organization.dto';
import type { CreateUserDto, UpdateUserDto, UserDto, UserQueryDto } from './organization.dto';
import { Unit } from './unit.entity';
import { User } from './user.entity';
import { sameCode } from '../common/codes';

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitCode: user.unit?.code ?? null,
    unitName: user.unit?.name ?? null,
    areaCodes: user.areaCodes,
    email: user.email,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: user.lockedUntil,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
    version: user.version,
  };
}

const userNotFound = () => notFound({ vi: 'Không có người dùng này', en: 'No such user' });

/** Accounts (admin only): create, edit, disable, reset passwords, unlock. */
@Injectable()
export class UserService {
  constructor(
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** One page of users, filtered, searched (accent-insensitive) and sorted in SQL. */
  async list(query: UserQueryDto): Promise<Page<User>> {
    const qb = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.unit', 'unit');
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.unitCode) qb.andWhere('lower(unit.code) = lower(:unitCode)', { unitCode: query.unitCode });
    if (query.q) {
      qb.andWhere(foldedContains(['u.username', 'u.full_name'], 'q'), { q: containsPattern(query.q) });
    }
    return pageOf(qb, query, { fields: USER_SORT, default: 'username', tieBreaker: 'u.id' });
  }

  async get(id: string): Promise<User> {
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: { id }, relations: { unit: true } });
    if (!user) throw userNotFound();
    return user;
  }

  async create(dto: CreateUserDto, actor: Actor): Promise<User> {
    this.passwords.assertStrong(dto.password, dto.username);
    const passwordHash = await this.passwords.hash(dto.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const unit = dto.unitCode ? await this.unitFor(manager, dto.unitCode) : null;
        const areaCodes = [...new Set(dto.areaCodes ?? [])];
        assertRoleFits(dto.role, unit, areaCodes);
        const user = manager.create(User, {
          username: dto.username,
          fullName: dto.fullName.trim(),
          passwordHash,
          role: dto.role,
          unitId: unit?.id ?? null,
          areaCodes,
          active: true,
          mustChangePassword: dto.mustChangePassword ?? false,
          email: dto.email?.trim() || null,
          failedLogins: 0,
          lockedUntil: null,
          lastLoginAt: null,
        });
        await manager.save(user);
        user.unit = unit;
        await this.audit.record(manager, actor, {
          action: 'user.create',
          entityType: 'user',
          entityId: user.id,
          after: toUserDto(user),
        });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_app_user_username')) {
        throw new DomainError('USERNAME_TAKEN', { detail: verbatim(dto.username) });
      }
      throw error;
    }
  }

  async update(id: string, dto: UpdateUserDto, actor: Actor): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      if (user.version !== dto.version)
        throw new DomainError('STALE_VERSION', { extensions: { current: toUserDto(user) } });
      const before = toUserDto(user);
      if (dto.unitCode !== undefined) {
        user.unit = dto.unitCode === null ? null : await this.unitFor(manager, dto.unitCode);
        user.unitId = user.unit?.id ?? null;
      }
      if (dto.fullName !== undefined) user.fullName = dto.fullName.trim();
      if (dto.role !== undefined) user.role = dto.role;
      if (dto.areaCodes !== undefined) user.areaCodes = [...new Set(dto.areaCodes)];
      if (dto.active !== undefined) user.active = dto.active;
      if (dto.email !== undefined) user.email = dto.email?.trim() || null;
      assertRoleFits(user.role, user.unit ?? null, user.areaCodes);
      if (before.role === 'admin' && (user.role !== 'admin' || !user.active))
        await this.assertAnotherAdmin(manager, user.id);
      if (!user.active || user.role !== before.role) {
        user.tokenVersion += 1; // signed-in sessions of a disabled or re-roled user end now
        await this.tokens.revokeAllOf(manager, user.id);
      }
      await manager.save(user);
      await this.audit.record(manager, actor, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        before,
        after: toUserDto(user),
      });
      return user;
    });
  }

  /** Sets (or generates) a new password the user must change; ends the user's sessions and unlocks it. */
  async resetPassword(id: string, newPassword: string | undefined, actor: Actor): Promise<string> {
    const user = await this.get(id);
    const password = newPassword ?? this.passwords.generate();
    this.passwords.assertStrong(password, user.username);
    const passwordHash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockUser(manager, id);
      Object.assign(locked, {
        passwordHash,
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
        tokenVersion: locked.tokenVersion + 1,
      });
      await manager.save(locked);
      await this.tokens.revokeAllOf(manager, id);
      await this.audit.record(manager, actor, {
        action: 'user.reset_password',
        entityType: 'user',
        entityId: id,
      });
    });
    return password;
  }

  async unlock(id: string, actor: Actor): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      const before = toUserDto(user);
      user.failedLogins = 0;
      user.lockedUntil = null;
      await manager.save(user);
      await this.audit.record(manager, actor, {
        action: 'user.unlock',
        entityType: 'user',
        entityId: id,
        before,
        after: toUserDto(user),
      });
      return user;
    });
  }

  private async lockUser(manager: EntityManager, id: string): Promise<User> {
    const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw userNotFound();
    user.unit = user.unitId ? await manager.findOneBy(Unit, { id: user.unitId }) : null;
    return user;
  }

  private async unitFor(manager: EntityManager, code: string): Promise<Unit> {
    const unit = await manager.findOneBy(Unit, { code: sameCode(code) });
    if (!unit) {
      throw new DomainError('VALIDATION_FAILED', {
        errors: [fieldProblem('UNIT_NOT_FOUND', { unit: code }, 'unitCode')],
      });
    }
    return unit;
  }

  private async assertAnotherAdmin(manager: EntityManager, exceptId: string): Promise<void> {
    // Serialises concurrent demotions: two admins cannot remove each other at the same moment.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('par:last-admin'))`);
    const others = await manager
      .createQueryBuilder(User, 'u')
      .where("u.role = 'admin' AND u.active AND u.id <> :id", { id: exceptId })
      .getCount();
    if (others === 0) throw new DomainError('LAST_ADMIN');
  }
}

function assertRoleFits(role: Role, unit: Unit | null, areaCodes: string[]): void {
  if (UNIT_ROLES.includes(role) && !unit) throw new DomainError('USER_UNIT_REQUIRED');
  if (role === 'appraiser' && areaCodes.length === 0 && !unit)
    throw new DomainError('APPRAISER_SCOPE_REQUIRED');
}
