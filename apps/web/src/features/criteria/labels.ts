import type { LeafSource, RuleKind } from '@par/scoring';
import type { MessageKey } from '../../lib/messages';
import type { CriteriaSetStatus } from './api/types';

export const STATUS_LABELS: Record<CriteriaSetStatus, MessageKey> = {
  draft: 'criteria.status.draft',
  published: 'criteria.status.published',
  archived: 'criteria.status.archived',
};

export const STATUS_PILLS: Record<CriteriaSetStatus, string> = {
  draft: 'pill pill-warn',
  published: 'pill pill-ok',
  archived: 'pill pill-muted',
};

export const RULE_KIND_LABELS: Record<RuleKind, MessageKey> = {
  manual: 'rule.kind.manual',
  boolean: 'rule.kind.boolean',
  tiers: 'rule.kind.tiers',
  ratio: 'rule.kind.ratio',
  deduction: 'rule.kind.deduction',
  survey: 'rule.kind.survey',
};

export const SOURCE_LABELS: Record<LeafSource, MessageKey> = {
  assessment: 'criteria.source.assessment',
  survey: 'criteria.source.survey',
};
