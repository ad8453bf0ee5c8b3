export { PublicCodePage, PublicSurveyPage } from './components/public-survey-page';
export { SurveyPage } from './components/survey-page';
