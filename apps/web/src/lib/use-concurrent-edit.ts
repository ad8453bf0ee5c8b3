import { useState } from 'react';
import { staleVersionOf } from './api-error';

interface Resolution<T> {
  /** Take theirs: show the current record in the form. */
  reset(current: T): void;
  /** Keep mine: save the form's values against the current version. */
  save(current: T): void;
}

/**
 * Editing a record against the version it was read at. When a save answers 409 STALE_VERSION, the
 * server's current record becomes `conflict` until the user takes it or saves over it.
 */
export function useConcurrentEdit<T extends object>(initial: T | undefined, resolution: Resolution<T>) {
  const [base, setBase] = useState(initial);
  const [conflict, setConflict] = useState<T | null>(null);
  const settle = (then: (current: T) => void) => () => {
    if (!conflict) return;
    setBase(conflict);
    setConflict(null);
    then(conflict);
  };
  return {
    /** The version the next save is checked against. */
    base,
    conflict,
    /** For a mutation's `onError`: true when the error was a conflict (now shown). */
    catchStale(error: unknown): boolean {
      const current = staleVersionOf<T>(error);
      if (current) setConflict(current);
      return current !== null;
    },
    takeTheirs: settle(resolution.reset),
    keepMine: settle(resolution.save),
    /** After a save (or a fresh read while nothing was edited): later saves are checked against `current`. */
    rebase(current: T): void {
      setBase(current);
      setConflict(null);
    },
  };
}
