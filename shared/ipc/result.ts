import type { AppErrorShape } from '../errors/error-code';

/** What every handler answers: its value, or an error the interface can explain. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
