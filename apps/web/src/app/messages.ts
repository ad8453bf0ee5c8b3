import { analysisMessages } from '../features/analysis/messages';
import { apiKeyMessages } from '../features/api-key/messages';
import { appealMessages } from '../features/appeal/messages';
import { auditMessages } from '../features/audit/messages';
import { authMessages } from '../features/auth/messages';
import { criteriaMessages } from '../features/criteria/messages';
import { healthMessages } from '../features/health/messages';
import { notificationMessages } from '../features/notification/messages';
import { organizationMessages } from '../features/organization/messages';
import { periodMessages } from '../features/period/messages';
import { rankingMessages } from '../features/ranking/messages';
import { selfAssessmentMessages } from '../features/self-assessment/messages';
import { surveyMessages } from '../features/survey/messages';
import { commonMessages } from '../lib/common-messages';
import { registerMessages } from '../lib/messages';
import { appMessages } from './app-messages';

/**
 * Every text the SPA shows: the app's, the shared ones and each feature's, composed where the app composes
 * the features. Each catalogue owns its key prefixes (checked by its type), so no key is defined twice.
 */
export const messageCatalogues = {
  app: appMessages,
  common: commonMessages,
  health: healthMessages,
  auth: authMessages,
  organization: organizationMessages,
  apiKey: apiKeyMessages,
  audit: auditMessages,
  selfAssessment: selfAssessmentMessages,
  criteria: criteriaMessages,
  period: periodMessages,
  survey: surveyMessages,
  ranking: rankingMessages,
  notification: notificationMessages,
  appeal: appealMessages,
  analysis: analysisMessages,
};

export const messages = {
  ...appMessages,
  ...commonMessages,
  ...healthMessages,
  ...authMessages,
  ...organizationMessages,
  ...apiKeyMessages,
  ...auditMessages,
  ...selfAssessmentMessages,
  ...criteriaMessages,
  ...periodMessages,
  ...surveyMessages,
  ...rankingMessages,
  ...notificationMessages,
  ...appealMessages,
  ...analysisMessages,
};

declare module '../lib/messages' {
  interface MessageRegister {
    messages: typeof messages;
  }
}

registerMessages(messages);
