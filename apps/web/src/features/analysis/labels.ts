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

/** A heatmap cell's background: white where nothing is lost, deeper red the larger the share of the max lost. */
export function heatShade(lost: number | null, maxPoints: number): string | undefined {
  if (lost === null) return '#f1f1f1';
  if (lost <= 0 || maxPoints <= 0) return undefined;
  const share = Math.min(1, lost / maxPoints);
  // 95 % → 60 % lightness: dark text stays readable on every shade.
  return `hsl(2, 70%, ${Math.round(95 - share * 35)}%)`;
}
