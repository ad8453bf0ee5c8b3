import { useEffect, useId, useSyncExternalStore } from 'react';

/**
 * What the open page has not saved yet: each form that holds unsaved edits says so (`useUnsavedChanges`),
 * and the shell's guard (`components/leave-guard.tsx`) asks before the page is left or reloaded while any
 * does. A module-level store, so a form needs no router or provider around it.
 */
const holders = new Set<string>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export const unsavedChanges = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Whether any form of the page holds unsaved edits. */
  any: (): boolean => holders.size > 0,
  set(id: string, unsaved: boolean): void {
    if (unsaved === holders.has(id)) return;
    if (unsaved) holders.add(id);
    else holders.delete(id);
    notify();
  },
  /** Forgets every holder (a user leaving on purpose; tests). */
  clear(): void {
    holders.clear();
    notify();
  },
};

/** Declares that the calling form holds unsaved edits while `unsaved` is true (and until it unmounts). */
export function useUnsavedChanges(unsaved: boolean): void {
  const id = useId();
  useEffect(() => {
    unsavedChanges.set(id, unsaved);
  }, [id, unsaved]);
  useEffect(() => () => unsavedChanges.set(id, false), [id]);
}

/** Whether the page holds unsaved edits, re-rendering when that changes. */
export function useHasUnsavedChanges(): boolean {
  return useSyncExternalStore(unsavedChanges.subscribe, unsavedChanges.any, unsavedChanges.any);
}
