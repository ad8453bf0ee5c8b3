export { PeriodPage } from './components/period-page';
export { PeriodWizard, type SetOption, type UnitOption } from './components/period-wizard';
export { PeriodsList } from './components/periods-list';
