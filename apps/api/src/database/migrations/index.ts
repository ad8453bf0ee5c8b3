import { Initial1764100000000 } from './1764100000000-initial';
import { Identity1795636487124 } from './1795636487124-identity';
import { CriteriaPeriodsAssessments1795637371256 } from './1795637371256-criteria-periods-assessments';
import { PeriodResults1795638177211 } from './1795638177211-period-results';
import { PeriodSetUnitTypes1795639006286 } from './1795639006286-period-set-unit-types';
import { Survey1796664744571 } from './1796664744571-survey';
import { SecurityHardening1796700000000 } from './1796700000000-security-hardening';
import { ResultsSnapshots1796800000000 } from './1796800000000-results-snapshots';
import { AppraisalAssignments1796900000000 } from './1796900000000-appraisal-assignments';
import { Notifications1797000000000 } from './1797000000000-notifications';
import { Appeals1797100000000 } from './1797100000000-appeals';
import { AnalysisRemediation1797200000000 } from './1797200000000-analysis-remediation';
import { ApiConventions1797500000000 } from './1797500000000-api-conventions';
import { CriteriaCrosswalk1797600000000 } from './1797600000000-criteria-crosswalk';
import { JobRuns1797400000000 } from './1797400000000-job-runs';

/** Every migration, oldest first. A schema change adds its migration here (see README.md beside). */
export const MIGRATIONS = [
  Initial1764100000000,
  Identity1795636487124,
  CriteriaPeriodsAssessments1795637371256,
  PeriodResults1795638177211,
  PeriodSetUnitTypes1795639006286,
  Survey1796664744571,
  SecurityHardening1796700000000,
  ResultsSnapshots1796800000000,
  AppraisalAssignments1796900000000,
  Notifications1797000000000,
  Appeals1797100000000,
  AnalysisRemediation1797200000000,
  JobRuns1797400000000,
  ApiConventions1797500000000,
  CriteriaCrosswalk1797600000000,
];
