import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorOf, ROW_SCOPE_KEY, type AuthenticatedRequest } from '../auth/decorators';
import { userOf } from '../auth/principal';
import { notFound } from '../common/errors/domain-error';
import { coverageOf, mayRead } from './assessment-access';

/**
 * How a route narrows what it touches to the caller's units:
 * - `unit`: the route names one unit's assessment (`:unitCode`), one of its evidence files (`:evidenceId`) or
 *   one of its appeals (`:appealId`, the appeal's own files included);
 *   `UnitScopeGuard` answers 404 before the handler runs unless the caller may read that unit (its own
 *   people, an admin, an appraiser covering it — never their own unit).
 * - `assignment`: a list narrowed in its service to the units (and leaves) the caller covers.
 */
export type RowScope = 'unit' | 'assignment';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The unit-level gate of every route on one unit's assessment, in one place (the context loader repeats it
 * inside the services). Runs after authentication and roles. It decides only when the unit exists and the
 * caller may not read it — 404, the same answer as an unknown unit, so nothing is learnt; malformed or
 * unknown ids go on to the route's own validation and 404.
 */
@Injectable()
export class UnitScopeGuard implements CanActivate {
  /** Read by the route catalog: the scope this guard enforces. */
  static readonly rowScope: RowScope = 'unit';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    const actor = actorOf(request);
    if (!actor.principal) return true; // authentication already refused anonymous callers
    const target = await this.target(params);
    if (!target) return true;
    const refuse = () =>
      notFound(
        params.appealId
          ? { vi: 'Không có đề nghị phúc khảo này', en: 'No such appeal' }
          : params.evidenceId
            ? { vi: 'Không có tài liệu kiểm chứng này', en: 'No such evidence file' }
            : {
                vi: `Không có phiếu đánh giá của ${target.unitCode} trong kỳ này`,
                en: `No assessment of ${target.unitCode} in this period`,
              },
      );
    if (!mayRead(actor, target.unitId)) throw refuse();
    const user = userOf(actor);
    if (user?.role !== 'appraiser') return true;
    const assignments = await this.dataSource.query<
      Array<{ userId: string; areaCodes: string[]; unitCodes: string[] }>
    >(
      `SELECT user_id AS "userId", area_codes AS "areaCodes", unit_codes AS "unitCodes"
         FROM appraisal_assignment WHERE period_id = $1`,
      [target.periodId],
    );
    if (!coverageOf(user, { id: target.unitId, code: target.unitCode }, assignments)) throw refuse();
    return true;
  }

  /** The period and unit a request names, or null when they do not exist (the route answers that). */
  private async target(
    params: Record<string, string | undefined>,
  ): Promise<{ periodId: string; unitId: string; unitCode: string } | null> {
    if (params.appealId) {
      if (!UUID.test(params.appealId)) return null;
      const rows = await this.dataSource.query<Array<{ periodId: string; unitId: string; unitCode: string }>>(
        `SELECT a.period_id AS "periodId", u.id AS "unitId", u.code AS "unitCode"
           FROM appeal a JOIN unit u ON u.id = a.unit_id
          WHERE a.id = $1`,
        [params.appealId],
      );
      return rows[0] ?? null;
    }
    if (params.evidenceId) {
      if (!UUID.test(params.evidenceId)) return null;
      const rows = await this.dataSource.query<Array<{ periodId: string; unitId: string; unitCode: string }>>(
        `SELECT a.period_id AS "periodId", u.id AS "unitId", u.code AS "unitCode"
           FROM evidence_link l
           JOIN assessment_item i ON i.id = l.item_id
           JOIN assessment a ON a.id = i.assessment_id
           JOIN unit u ON u.id = a.unit_id
          WHERE l.id = $1`,
        [params.evidenceId],
      );
      return rows[0] ?? null;
    }
    if (!params.id || !UUID.test(params.id) || !params.unitCode) return null;
    const rows = await this.dataSource.query<Array<{ unitId: string; unitCode: string }>>(
      `SELECT id AS "unitId", code AS "unitCode" FROM unit WHERE code = $1`,
      [params.unitCode],
    );
    return rows[0] ? { periodId: params.id, ...rows[0] } : null;
  }
}

/** The route names one unit's assessment or evidence: `UnitScopeGuard` gates it (see `RowScope`). */
export const UnitScoped = () =>
  applyDecorators(
    SetMetadata(ROW_SCOPE_KEY, 'unit'),
    UseGuards(UnitScopeGuard),
    ApiExtension('x-scope', 'unit'),
  );

/** The route lists what the caller covers; its service narrows the rows (see `RowScope`). */
export const AssignmentScoped = () =>
  applyDecorators(SetMetadata(ROW_SCOPE_KEY, 'assignment'), ApiExtension('x-scope', 'assignment'));
