// @par/demo — the demo province "tỉnh Lam Giang": pure data and pure functions (no I/O, no Node
// built-ins), bundled into the API and the CLI seed. See libs/demo/README.md.

export type {
  AssessedUnit,
  DemoCriteriaSet,
  DemoDeadlines,
  DemoGroup,
  DemoPeriod,
  DemoProvince,
  DemoPublication,
  DemoRole,
  DemoUnit,
  DemoUnitType,
  DemoUser,
  DemoYear,
  GenerateAssessmentsOptions,
} from './model/demo.types';

// the province
export { demoProvince } from './province/demo-province';
export { DEMO_GROUP_NAMES } from './model/demo.types';
export { deadlinesAfter } from './province/deadlines-after';
export { demoUnits } from './units/demo-units';
export { demoUsers } from './users/demo-users';
export { DEMO_PASSWORD } from './users/demo-password';

// criteria sets
export { demoCriteriaSets } from './criteria/demo-criteria-sets';
export { departmentCriteriaSet } from './criteria/department-criteria-set';
export { communeCriteriaSet } from './criteria/commune-criteria-set';
export { reviseCriteriaSet, type CriteriaSetRevision } from './criteria/revise-criteria-set';
export { criteriaSetStats, type CriteriaSetStats } from './criteria/criteria-set-stats';

// assessments
export { generateAssessments } from './assessments/generate-assessments';

// seeding through the REST API
export { seedDemo } from './seed/seed-demo';
export { SeedError, type SeedHttp, type SeedOptions, type SeedReport } from './seed/seed-http';
