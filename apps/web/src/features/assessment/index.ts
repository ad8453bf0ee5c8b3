// The API's self-assessment module in one feature: the unit's self-assessment, the appraisal rounds, the
// explanation round and evidence. Routes compose the two screens; the types are for test fixtures.
export type { Assessment, AssessmentItem, Completeness, ItemStage } from './api';
export { AppraisalWorkspace } from './components/appraisal/appraisal-workspace';
export { SelfAssessmentPage, type AssessmentViewer } from './components/self-assessment-page';
