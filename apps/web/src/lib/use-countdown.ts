import { useCallback, useEffect, useState } from 'react';

/**
 * Seconds left of a wait (e.g. a Retry-After, a deadline), ticking every second; `start(seconds)` begins one.
 * `started` tells a wait that is over (0 left) from one not begun yet.
 */
export function useCountdown(): [secondsLeft: number, start: (seconds: number) => void, started: boolean] {
  const [clock, setClock] = useState<{ until: number; now: number } | null>(null);
  useEffect(() => {
    if (!clock || clock.now >= clock.until) return;
    const timer = setTimeout(() => setClock({ until: clock.until, now: Date.now() }), 1000);
    return () => clearTimeout(timer);
  }, [clock]);
  const start = useCallback((seconds: number) => {
    const now = Date.now();
    setClock({ until: now + seconds * 1000, now });
  }, []);
  return [clock ? Math.max(0, Math.ceil((clock.until - clock.now) / 1000)) : 0, start, clock !== null];
}
