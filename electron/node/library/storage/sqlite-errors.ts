import { AppError } from '../../../../shared/errors/error-code';

const errorCodeOf = (error: unknown): string | null => {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
};

const readOnlyCodes = [
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_AUTH',
  'EACCES',
  'EPERM',
  'EROFS',
];

const matches = (code: string, prefixes: string[]): boolean =>
  prefixes.some((prefix) => code === prefix || code.startsWith(`${prefix}_`));

/**
 * Turns SQLite and file-system failures into the contract's error codes with a message a reporter
 * understands. Errors without a code (programming errors) pass through unchanged.
 */
export const toAppError = (error: unknown): unknown => {
  if (error instanceof AppError) return error;
  const code = errorCodeOf(error);
  if (code === null) return error;
  if (matches(code, ['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])) {
    return new AppError(
      'disk_full',
      'The disk is full, so the change was not saved. The previous version is intact; free some space and try again.',
    );
  }
  if (matches(code, readOnlyCodes)) {
    return new AppError(
      'read_only',
      'The library cannot be written (read-only file, folder or drive), so the change was not saved.',
    );
  }
  if (matches(code, ['SQLITE_BUSY', 'SQLITE_LOCKED', 'EBUSY'])) {
    return new AppError('locked', 'The library is busy in another process. Try again in a moment.');
  }
  if (matches(code, ['SQLITE_CORRUPT', 'SQLITE_NOTADB'])) {
    return new AppError(
      'corrupt',
      'The library file library.sqlite is damaged or is not a Copydesk library. It was left untouched.',
    );
  }
  const detail = error instanceof Error ? error.message : code;
  return new AppError('io', `The library could not be read or written (${code}: ${detail}).`);
};

/** Runs `action`, rethrowing its failure as an AppError. */
export const translateErrors = <T>(action: () => T): T => {
  try {
    return action();
  } catch (error) {
    throw toAppError(error);
  }
};
