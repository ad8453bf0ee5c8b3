export type { CurrentUser } from './api/types';
export { useCurrentUser } from './current-user';
export { useSessionState } from './use-session';
export { LazyChangePasswordForm as ChangePasswordForm } from './components/lazy-change-password-form';
export { LoginForm } from './components/login-form';
export { RequireAuth } from './components/require-auth';
export { RequireRole } from './components/require-role';
export { UserMenu } from './components/user-menu';
