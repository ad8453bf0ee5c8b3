import { Injectable } from '@nestjs/common';

/**
 * The time the server acts on (deadlines, lockouts, token expiry). Injected everywhere instead of `new Date()`
 * so tests can move it; SQL receives it as a parameter rather than calling `now()`.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: jump to an instant or move forward. */
  setNow(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
