export { AnalysisPage, type AnalysisAccess } from './components/analysis-page';
export { OverdueTasks } from './components/overdue-tasks';
