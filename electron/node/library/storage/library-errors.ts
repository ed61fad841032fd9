import { AppError } from '../../../../shared/errors/error-code';

export const corruptLibrary = (database: string, detail: string): AppError =>
  new AppError(
    'corrupt',
    `The library file ${database} cannot be opened: ${detail}. It was left untouched; restore it from a backup.`,
  );

export const futureLibrary = (version: number, known: number): AppError =>
  new AppError(
    'future_version',
    `This library was written by a newer version of Copydesk (schema ${version}; this version knows up to ${known}). Update Copydesk to open it; the library was not modified.`,
  );

export const missingLibrary = (folder: string): AppError =>
  new AppError('not_found', `There is no Copydesk library in ${folder}.`);
