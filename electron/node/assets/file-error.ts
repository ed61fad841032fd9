import { AppError } from '../../../shared/errors/error-code';

/** A file-system failure while storing an image, as the error the user can act on. */
export const fileError = (error: unknown, action: string): AppError => {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new AppError('disk_full', `The disk is full: could not ${action}.`);
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return new AppError(
      'read_only',
      `The library folder cannot be written to: could not ${action}.`,
    );
  return new AppError('io', `Could not ${action}: ${detail}`);
};
