export {
  PublicPeriodsPage,
  PublicResultsPage,
  PublicUnitPage,
  PUBLIC_RESULTS_PATH,
} from './components/public-results';
export { ResultsPage } from './components/results-page';
export { ResultsUnitPage } from './components/unit-page';
