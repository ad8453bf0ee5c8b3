import { createContext, useContext } from 'react';
import type { CurrentUser } from './api/types';

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only inside `<RequireAuth>`. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser needs <RequireAuth>');
  return user;
}
