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
import {
  CREATED_LOCATION,
  fillCreatedLocation,
  type CreatedLocationSpec,
} from '../common/http/created-location';
import { itemRouteOf } from './location-rule';
import { API_PREFIX } from './api-prefix';

/**
 * Sets `Location` on every `201`: where the handler says with `@CreatedLocation(...)`, else the item route
 * right under the collection posted to (see `itemRouteOf`).
 */
@Injectable()
export class LocationInterceptor implements NestInterceptor {
  private readonly cache = new Map<string, { path: string; field: string } | null>();

  constructor(private readonly catalog: RouteCatalog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
    if (request.method !== RequestMethod[RequestMethod.POST] || status !== 201) return next.handle();
    const spec = Reflect.getMetadata(CREATED_LOCATION, context.getHandler()) as
      CreatedLocationSpec | undefined;
    if (spec) {
      return next.handle().pipe(
        map((answer: unknown) => {
          const path = fillCreatedLocation(spec, {
            answer,
            params: (request.params ?? {}) as Record<string, unknown>,
            body: request.body,
          });
          if (path)
            void context
              .switchToHttp()
              .getResponse<FastifyReply>()
              .header('location', `/${API_PREFIX}${path}`);
          return answer;
        }),
      );
    }
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
