export { AppealsPage } from './components/appeals-page';
