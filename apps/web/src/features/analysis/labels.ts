import type { MessageKey } from '../../lib/messages';
import type { LostPointsBy, RemediationStatus } from './api/types';

export const BY_LABELS: Record<LostPointsBy, MessageKey> = {
  agency: 'analysis.lost.byAgency',
  area: 'analysis.lost.byArea',
  criterion: 'analysis.lost.byCriterion',
  leaf: 'analysis.lost.byLeaf',
};

export const STATUS_LABELS: Record<RemediationStatus, MessageKey> = {
  not_started: 'analysis.status.not_started',
  in_progress: 'analysis.status.in_progress',
  done: 'analysis.status.done',
  cancelled: 'analysis.status.cancelled',
};

/** `rankChange` as words: positive moved up. */
export function rankChangeText(
  change: number | null,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): string {
  if (change === null) return '—';
  if (change === 0) return t('analysis.standing.same');
  return change > 0 ? t('analysis.standing.up', { n: change }) : t('analysis.standing.down', { n: -change });
}
