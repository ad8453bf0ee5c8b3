export { criteriaSetsQueryOptions } from './api/get-criteria-sets';
export { CriteriaSetPage } from './components/criteria-set-page';
export { CriteriaSetsList } from './components/criteria-sets-list';
export { SetDiff } from './components/set-diff';
