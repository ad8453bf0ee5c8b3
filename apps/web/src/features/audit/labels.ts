import type { MessageKey } from '../../lib/messages';
import type { AuditEntry } from './api/types';

/** Actions with a name of their own; any other shows as its code (its group still filters it). */
export const ACTION_LABELS: Record<string, MessageKey> = {
  'auth.login': 'audit.action.login',
  'auth.login_failed': 'audit.action.loginFailed',
  'auth.account_locked': 'audit.action.accountLocked',
  'auth.logout': 'audit.action.logout',
  'auth.refresh_token_reused': 'audit.action.refreshReused',
  'auth.password_change': 'audit.action.passwordChange',
  'user.create': 'audit.action.userCreate',
  'user.update': 'audit.action.userUpdate',
  'user.reset_password': 'audit.action.userResetPassword',
  'user.unlock': 'audit.action.userUnlock',
  'unit.create': 'audit.action.unitCreate',
  'unit.update': 'audit.action.unitUpdate',
  'unit_type.create': 'audit.action.unitTypeCreate',
  'unit_type.update': 'audit.action.unitTypeUpdate',
  'api_key.create': 'audit.action.apiKeyCreate',
  'api_key.revoke': 'audit.action.apiKeyRevoke',
};

/** Prefix filters (`user.` = every action on accounts). */
export const ACTION_GROUPS: Record<string, MessageKey> = {
  'auth.': 'audit.group.auth',
  'user.': 'audit.group.user',
  'unit.': 'audit.group.unit',
  'unit_type.': 'audit.group.unitType',
  'api_key.': 'audit.group.apiKey',
  'criteria_set.': 'audit.group.criteriaSet',
  'period.': 'audit.group.period',
  'assessment.': 'audit.group.assessment',
  'evidence.': 'audit.group.evidence',
};

export const ENTITY_LABELS: Record<string, MessageKey> = {
  user: 'audit.entity.user',
  unit: 'audit.entity.unit',
  unit_type: 'audit.entity.unitType',
  api_key: 'audit.entity.apiKey',
  criteria_set: 'audit.entity.criteriaSet',
  period: 'audit.entity.period',
  period_unit: 'audit.entity.periodUnit',
  assessment: 'audit.entity.assessment',
  assessment_item: 'audit.entity.assessmentItem',
};

export const ACTOR_KIND_LABELS: Record<AuditEntry['actorKind'], MessageKey> = {
  user: 'audit.actor.user',
  api_key: 'audit.actor.apiKey',
  system: 'audit.actor.system',
  anonymous: 'audit.actor.anonymous',
};
