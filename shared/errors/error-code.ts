import { z } from 'zod';

export const errorCodes = [
  'invalid',
  'not_found',
  'conflict',
  'locked',
  'read_only',
  'future_version',
  'corrupt',
  'disk_full',
  'io',
  'forbidden',
  'cancelled',
  'unavailable',
  'internal',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

/** Thrown inside services; turned into `{ ok: false, error }` at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
