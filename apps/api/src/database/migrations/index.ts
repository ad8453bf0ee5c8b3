import { Initial1764100000000 } from './1764100000000-initial';
import { Identity1795636487124 } from './1795636487124-identity';
import { CriteriaPeriodsAssessments1795637371256 } from './1795637371256-criteria-periods-assessments';
import { PeriodResults1795638177211 } from './1795638177211-period-results';
import { PeriodSetUnitTypes1795639006286 } from './1795639006286-period-set-unit-types';
import { Survey1796664744571 } from './1796664744571-survey';
import { ResultsSnapshots1796800000000 } from './1796800000000-results-snapshots';

/** Every migration, oldest first. A schema change adds its migration here (see README.md beside). */
export const MIGRATIONS = [
  Initial1764100000000,
  Identity1795636487124,
  CriteriaPeriodsAssessments1795637371256,
  PeriodResults1795638177211,
  PeriodSetUnitTypes1795639006286,
  Survey1796664744571,
  ResultsSnapshots1796800000000,
];
