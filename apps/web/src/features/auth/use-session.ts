import { useSyncExternalStore } from 'react';
import { session } from '../../lib/api-client';
import type { SessionState } from '../../lib/session';

/** The session's state; components re-render when it starts or ends. */
export function useSessionState(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
