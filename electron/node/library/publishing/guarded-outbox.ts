import type { Outbox } from './outbox';

/** The outbox with every call run through the library's guard (open, errors translated). */
export const guardedOutbox = (outbox: Outbox, run: <T>(action: () => T) => T): Outbox =>
  Object.fromEntries(
    Object.entries(outbox).map(([name, method]) => [
      name,
      (...args: unknown[]) => run(() => (method as (...values: unknown[]) => unknown)(...args)),
    ]),
  ) as unknown as Outbox;
