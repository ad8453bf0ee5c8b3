import { useEffect, useRef, useState } from 'react';

/** How long after the last keystroke a leaf's draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

/**
 * Saves a form's draft once the user stops typing: `save` runs `delay` ms after the last change of
 * `signature` (the form's values), if `ready` then (edited, valid, no conflict, no save under way). Each
 * save goes through the form's own save, so it is checked against the version the form was read at. After
 * a failed save (`failed`) the same values are not sent again by themselves: the error stays on screen
 * until the user edits or saves.
 */
export function useAutosave(
  ready: boolean,
  signature: string,
  save: () => void,
  failed = false,
  delay = AUTOSAVE_DELAY_MS,
) {
  const latest = useRef(save);
  const [attempted, setAttempted] = useState<string | null>(null);
  useEffect(() => {
    latest.current = save;
  });
  const retrying = failed && attempted === signature;
  useEffect(() => {
    if (!ready || retrying) return;
    const timer = setTimeout(() => {
      setAttempted(signature);
      latest.current();
    }, delay);
    return () => clearTimeout(timer);
  }, [ready, retrying, signature, delay]);
}
