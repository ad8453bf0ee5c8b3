import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Every route below a period: `/api/v1/periods/:id/…` (and `PATCH /periods/:id` itself). */
const PERIOD_ROUTE = /\/periods\/:id(\/|$)/;

const ALLOWED_WHEN_PUBLISHED = 'par:allowedWhenPublished';

/**
 * A write below `/periods/:id` that a published period still takes — the appeal routes and the publication
 * of a new version after appeals (each checks its own preconditions in its transaction). Nothing else.
 */
export const AllowedWhenPublished = () => SetMetadata(ALLOWED_WHEN_PUBLISHED, true);

/**
 * The freeze of a published period, in one place: every write below `/periods/:id` is 409 PERIOD_PUBLISHED
 * once the period is published — assessments, imports, indicator pushes, survey forms and imports, evidence,
 * compute, the period itself. Runs after authentication and authorization (an outsider learns nothing).
 * The services keep their own checks inside their transactions; this guard makes none of them forgettable.
 */
@Injectable()
export class PeriodFreezeGuard implements CanActivate {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (READS.has(request.method)) return true;
    if (this.reflector.get<boolean>(ALLOWED_WHEN_PUBLISHED, context.getHandler())) return true;
    const route = request.routeOptions?.url ?? '';
    const id = (request.params as Record<string, string> | undefined)?.id;
    if (!PERIOD_ROUTE.test(route) || !id || !UUID.test(id)) return true;
    const rows = await this.dataSource.query<{ state: string }[]>(`SELECT state FROM period WHERE id = $1`, [
      id,
    ]);
    if (rows[0]?.state === 'published') throw new DomainError('PERIOD_PUBLISHED');
    return true;
  }
}
