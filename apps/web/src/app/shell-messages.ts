import { authMessages } from '../features/auth/messages';
import { healthMessages } from '../features/health/messages';
import { notificationMessages } from '../features/notification/messages';
import { commonMessages } from '../lib/common-messages';
import { registerMessages } from '../lib/messages';
import { appMessages } from './app-messages';

/**
 * The texts the shell shows before any page is loaded: the login page, the menu, the notification bell, the
 * dashboard, shared words.
 * The features' texts (most of the ~100 kB) are registered by `app/messages.ts` when the first lazily loaded
 * page arrives, so the login page's first load stays small (`npm run bench`).
 */
registerMessages({
  ...appMessages,
  ...commonMessages,
  ...healthMessages,
  ...authMessages,
  ...notificationMessages,
});
