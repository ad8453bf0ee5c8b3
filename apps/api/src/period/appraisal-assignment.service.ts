import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldProblem } from '@par/contracts';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { DomainError } from '../common/errors/domain-error';
import { fieldProblem } from '../common/errors/field-problem';
import { CriteriaNodeRow } from '../criteria/criteria-node.entity';
import { Unit } from '../organization/unit.entity';
import { User } from '../organization/user.entity';
import { AppraisalAssignment } from './appraisal-assignment.entity';
import type { AppraisalAssignmentDto, AppraisalAssignmentsWriteDto } from './appraisal-assignment.dto';
import { PeriodCriteriaSet } from './period-criteria-set.entity';
import { PeriodUnit } from './period-unit.entity';
import { assertNotPublished, Period, periodNotFound } from './period.entity';

/**
 * `GET/PUT /periods/{id}/appraisal-assignments` (admin): who appraises which areas of which units. The
 * scoping itself is read by the self-assessment module (`coverageOf` in `assessment-access.ts`).
 */
@Injectable()
export class AppraisalAssignmentService {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(periodId: string): Promise<AppraisalAssignmentDto[]> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(Period, { id: periodId }))) throw periodNotFound();
    return this.read(manager, periodId);
  }

  /** Replaces the period's whole list, validated at once (422 ASSIGNMENTS_INVALID naming every problem). */
  async replace(
    periodId: string,
    dto: AppraisalAssignmentsWriteDto,
    actor: Actor,
  ): Promise<AppraisalAssignmentDto[]> {
    return this.dataSource.transaction(async (manager) => {
      const period = await manager.findOne(Period, {
        where: { id: periodId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!period) throw periodNotFound();
      assertNotPublished(period);
      const names = dto.assignments.map((row) => row.username.toLowerCase());
      const users = names.length
        ? await manager
            .createQueryBuilder(User, 'u')
            .where('lower(u.username) IN (:...names)', { names })
            .getMany()
        : [];
      const participants = await manager.findBy(PeriodUnit, { periodId });
      const units = await manager.findBy(Unit, { id: In(participants.map((row) => row.unitId)) });
      const links = await manager.findBy(PeriodCriteriaSet, { periodId });
      const areas = new Set(
        (
          await manager.findBy(CriteriaNodeRow, {
            setId: In(links.map((link) => link.criteriaSetId)),
            parentCode: IsNull(),
          })
        ).map((node) => node.code),
      );
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      const rows: AppraisalAssignment[] = [];
      dto.assignments.forEach((input, index) => {
        const at = `assignments.${index}`;
        const user = users.find(
          (candidate) => candidate.username.toLowerCase() === input.username.toLowerCase(),
        );
        if (!user || user.role !== 'appraiser' || !user.active) {
          problems.push(fieldProblem('NOT_AN_APPRAISER', { user: input.username }, `${at}.username`));
          return;
        }
        if (seen.has(user.id))
          problems.push(fieldProblem('DUPLICATE_USER', { user: input.username }, `${at}.username`));
        seen.add(user.id);
        const areaCodes = [...new Set(input.areaCodes ?? [])];
        const unitCodes = [...new Set(input.unitCodes ?? [])];
        for (const area of areaCodes)
          if (!areas.has(area)) problems.push(fieldProblem('UNKNOWN_AREA', { area }, `${at}.areaCodes`));
        for (const code of unitCodes) {
          const unit = units.find((candidate) => candidate.code === code);
          if (!unit) problems.push(fieldProblem('UNKNOWN_UNIT', { unit: code }, `${at}.unitCodes`));
          else if (unit.id === user.unitId)
            problems.push(fieldProblem('OWN_UNIT', { user: user.username, unit: code }, `${at}.unitCodes`));
        }
        rows.push(
          Object.assign(new AppraisalAssignment(), { periodId, userId: user.id, areaCodes, unitCodes }),
        );
      });
      if (problems.length) throw new DomainError('ASSIGNMENTS_INVALID', { errors: problems });
      const before = await this.read(manager, periodId);
      await manager.delete(AppraisalAssignment, { periodId });
      if (rows.length) await manager.insert(AppraisalAssignment, rows);
      const after = await this.read(manager, periodId);
      await this.audit.record(manager, actor, {
        action: 'period.appraisal_assignments',
        entityType: 'period',
        entityId: periodId,
        before: { assignments: before },
        after: { assignments: after },
      });
      return after;
    });
  }

  private async read(manager: EntityManager, periodId: string): Promise<AppraisalAssignmentDto[]> {
    const rows = await manager.query<
      {
        user_id: string;
        username: string;
        full_name: string;
        unit_code: string | null;
        area_codes: string[];
        unit_codes: string[];
      }[]
    >(
      `SELECT a.user_id, u.username, u.full_name, un.code AS unit_code, a.area_codes, a.unit_codes
         FROM appraisal_assignment a JOIN app_user u ON u.id = a.user_id
         LEFT JOIN unit un ON un.id = u.unit_id
        WHERE a.period_id = $1 ORDER BY u.username`,
      [periodId],
    );
    return rows.map((row) => ({
      userId: row.user_id,
      username: row.username,
      fullName: row.full_name,
      unitCode: row.unit_code,
      areaCodes: row.area_codes,
      unitCodes: row.unit_codes,
      wholeUnit: row.area_codes.length === 0,
    }));
  }
}
