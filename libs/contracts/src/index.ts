export * from './error-codes';
export * from './problem';
export type { paths, components, operations } from './openapi';
export * from './roles';
