import { z } from 'zod';
import { AppErrorShape } from '../errors/error-code';

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: AppErrorShape }),
  ]);

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: AppErrorShape): Result<T> => ({ ok: false, error });
