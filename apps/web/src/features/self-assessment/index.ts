// The API's self-assessment module in one feature: the unit's self-assessment, the appraisal rounds, the
// explanation round and evidence. Routes compose the two screens.
export { AppraisalWorkspace } from './components/appraisal/appraisal-workspace';
export { SelfAssessmentPage, type AssessmentViewer } from './components/self-assessment-page';
