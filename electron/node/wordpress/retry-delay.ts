/** Backoff between tries: 30 s, 1 min, 2 min… capped at 30 minutes. */
export const retryDelayMs = (attempts: number): number =>
  Math.min(30_000 * 2 ** Math.min(attempts, 16), 30 * 60_000);
