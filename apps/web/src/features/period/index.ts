export { PeriodPage } from './components/period-page';
export { PeriodWizard } from './components/period-wizard/period-wizard';
export { PeriodsList } from './components/periods-list';
export type { AppraiserOption, SetOption, UnitOption } from './options';
