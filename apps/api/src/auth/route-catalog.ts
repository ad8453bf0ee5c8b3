import { Injectable, RequestMethod } from '@nestjs/common';
import { GUARDS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { API_PREFIX } from '../app/swagger';
import { IS_PUBLIC } from '../common/auth/public.decorator';
import { ANY_USER, ROLES_KEY, ROW_SCOPE_KEY, SCOPES_KEY } from './decorators';

export interface RouteInfo {
  method: string;
  path: string;
  handler: string;
  public: boolean;
  /** `['*']` for any signed-in user; `['admin', …]` otherwise (admin may call every route). */
  roles: string[];
  apiKeyScopes: string[];
  /**
   * How the route narrows rows to the caller's units: `unit` when a guard enforcing it is attached (read from
   * the guards actually applied, not from a label), `assignment` for lists narrowed to the caller's coverage,
   * `none` otherwise (roles alone decide).
   */
  scope: 'unit' | 'assignment' | 'none';
}

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;
/** The row scope a guard class enforces (its static `rowScope`), if any. */
const guardScope = (guard: unknown): string | undefined =>
  typeof guard === 'function' ? (guard as { rowScope?: string }).rowScope : undefined;

const first = (value: unknown): string => {
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return typeof item === 'string' ? item : '';
};

/** Every API route with who may call it, read from the decorators (the source of truth the guards use). */
@Injectable()
export class RouteCatalog {
  private cache: RouteInfo[] | undefined;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  routes(): RouteInfo[] {
    if (this.cache) return this.cache;
    const routes: RouteInfo[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      const metatype = wrapper.metatype as (abstract new (...args: never[]) => unknown) | null | undefined;
      if (!instance || !metatype) continue;
      const base = first(Reflect.getMetadata(PATH_METADATA, metatype));
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        const methodValue = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (methodValue === undefined) continue;
        const targets = [handler, metatype];
        const isPublic = Boolean(this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets));
        const anyUser = Boolean(this.reflector.getAllAndOverride<boolean>(ANY_USER, targets));
        const roles = this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets) ?? [];
        const guards = [
          ...((Reflect.getMetadata(GUARDS_METADATA, handler) as unknown[] | undefined) ?? []),
          ...((Reflect.getMetadata(GUARDS_METADATA, metatype) as unknown[] | undefined) ?? []),
        ];
        const declared = this.reflector.getAllAndOverride<string | undefined>(ROW_SCOPE_KEY, targets);
        const scope = guards.some((guard) => guardScope(guard) === 'unit')
          ? 'unit'
          : declared === 'assignment'
            ? 'assignment'
            : 'none';
        routes.push({
          method: RequestMethod[methodValue],
          path: join(API_PREFIX, base, first(Reflect.getMetadata(PATH_METADATA, handler))),
          handler: `${metatype.name}.${name}`,
          public: isPublic,
          roles: isPublic ? [] : anyUser ? ['*'] : ['admin', ...roles],
          apiKeyScopes: this.reflector.getAllAndOverride<string[] | undefined>(SCOPES_KEY, targets) ?? [],
          scope,
        });
      }
    }
    this.cache = routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
    return this.cache;
  }

  /** `GET /api/v1/units/:code` style keys of the routes that need credentials. */
  protectedKeys(): Set<string> {
    return new Set(
      this.routes()
        .filter((r) => !r.public)
        .map((r) => `${r.method} ${r.path}`),
    );
  }
}
