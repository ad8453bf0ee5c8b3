// The assessment module's screens and the building blocks the appraisal workspace shares with them (the
// API's self-assessment module covers the appraisal rounds, the explanation and evidence alike).
export * from './api';
export { PERIOD_STATE_LABELS, STATUS_LABELS, STATUS_PILLS } from './labels';
export { describeInput, inputValuesOf, leafInputOf, type LeafInputValues } from './leaf-input';
export { leafOf, pointsText, previewLeaf, scoringSetQueryOptions } from './scoring';
export { useItemEditor } from './use-item-editor';
export { DeadlineCountdown, useDeadline } from './components/deadline-countdown';
export { EvidencePanel } from './components/evidence-panel';
export { ItemEditorNotice } from './components/item-editor-notice';
export { ItemHistory } from './components/item-history';
export { LeafInputController } from './components/leaf-input-fields';
export { LeafGuide, LeafHeading } from './components/leaf-parts';
export { defaultPeriod, PeriodPicker } from './components/period-picker';
export { SelfAssessmentPage } from './components/self-assessment-page';
export { StatusTimeline } from './components/status-timeline';
