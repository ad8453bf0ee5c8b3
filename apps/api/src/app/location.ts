import {
  Injectable,
  RequestMethod,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { RouteCatalog } from '../auth/route-catalog';
import { itemRouteOf } from './location-rule';

/** Sets `Location` on every `201` whose route has an item route (see `itemRouteOf`). */
@Injectable()
export class LocationInterceptor implements NestInterceptor {
  private readonly cache = new Map<string, { path: string; field: string } | null>();

  constructor(private readonly catalog: RouteCatalog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
    if (request.method !== RequestMethod[RequestMethod.POST] || status !== 201) return next.handle();
    const route = request.routeOptions.url ?? '';
    let item = this.cache.get(route);
    if (item === undefined) {
      const gets = this.catalog
        .routes()
        .filter((r) => r.method === 'GET')
        .map((r) => r.path);
      item = itemRouteOf(route, gets);
      this.cache.set(route, item);
    }
    if (!item) return next.handle();
    const { field } = item;
    return next.handle().pipe(
      map((body: unknown) => {
        const value = (body as Record<string, unknown> | null)?.[field];
        if (typeof value === 'string' || typeof value === 'number') {
          const base = request.url.split('?')[0]?.replace(/\/$/, '') ?? '';
          void context
            .switchToHttp()
            .getResponse<FastifyReply>()
            .header('location', `${base}/${encodeURIComponent(String(value))}`);
        }
        return body;
      }),
    );
  }
}
