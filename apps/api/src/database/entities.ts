import { CriteriaCrosswalk } from '../analysis/criteria-crosswalk.entity';
import { NationalStanding } from '../analysis/national-standing.entity';
import { RemediationEvidence } from '../analysis/remediation-evidence.entity';
import { RemediationTask } from '../analysis/remediation-task.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { ApiKey } from '../auth/api-key.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { RateLimit } from '../auth/rate-limit.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Unit } from '../organization/unit.entity';
import { UnitType } from '../organization/unit-type.entity';
import { User } from '../organization/user.entity';
import { AssessmentItem } from '../self-assessment/assessment-item.entity';
import { Assessment } from '../self-assessment/assessment.entity';
import { CriteriaNodeRow } from '../criteria/criteria-node.entity';
import { CriteriaSetRow } from '../criteria/criteria-set.entity';
import { EvidenceFile } from '../evidence/evidence-file.entity';
import { EvidenceLink } from '../evidence/evidence-link.entity';
import { AppraisalAssignment } from '../period/appraisal-assignment.entity';
import { PeriodCriteriaSet } from '../period/period-criteria-set.entity';
import { PeriodUnit } from '../period/period-unit.entity';
import { Period } from '../period/period.entity';
import { Appeal, AppealEvidence, AppealLeaf } from '../ranking/appeal.entity';
import { Publication } from '../ranking/publication.entity';
import { PeriodRankingGroup } from '../ranking/ranking-group.entity';
import { ResultSnapshot } from '../scoring/result-snapshot.entity';
import { SurveyCode } from '../survey/survey-code.entity';
import { SurveyForm } from '../survey/survey-form.entity';
import { SurveyGroup } from '../survey/survey-group.entity';
import { Survey } from '../survey/survey.entity';
import { Notification, NotificationReminder } from '../notification/notification.entity';
import { AppSetting } from './app-setting.entity';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.entity';
import { JobRun } from './job-run.entity';

/** Every entity, listed as classes (the API is bundled: globs would find nothing). */
export const ENTITIES = [
  AppSetting,
  IdempotencyKey,
  UnitType,
  Unit,
  User,
  RefreshToken,
  LoginAttempt,
  RateLimit,
  ApiKey,
  AuditEntry,
  CriteriaSetRow,
  CriteriaNodeRow,
  Period,
  PeriodCriteriaSet,
  PeriodUnit,
  AppraisalAssignment,
  Assessment,
  AssessmentItem,
  EvidenceFile,
  EvidenceLink,
  Survey,
  SurveyGroup,
  SurveyCode,
  SurveyForm,
  ResultSnapshot,
  Publication,
  NotificationReminder,
  Notification,
  Appeal,
  AppealLeaf,
  AppealEvidence,
  PeriodRankingGroup,
  RemediationTask,
  RemediationEvidence,
  NationalStanding,
  CriteriaCrosswalk,
  JobRun,
];
