import { lazy } from 'react';

/**
 * The password form, loaded when first shown (the account page, a forced change): it brings zod and the
 * login page's first load stays small. Render it inside a `<Suspense>`.
 */
export const LazyChangePasswordForm = lazy(async () => ({
  default: (await import('./change-password-form')).ChangePasswordForm,
}));
