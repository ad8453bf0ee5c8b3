export { AppraisalWorkspace } from './components/appraisal-workspace';
