export * from './detail-texts';
export * from './error-codes';
export * from './field-problem-codes';
export * from './problem';
export type { paths, components, operations } from './openapi';
export * from './roles';
