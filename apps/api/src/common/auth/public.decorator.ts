import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = 'par:isPublic';

/**
 * The only opt-out of authentication. Marks the route public for the guard and, through `x-public`,
 * for the OpenAPI document (whose operations then carry `security: []`).
 */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension('x-public', true));
