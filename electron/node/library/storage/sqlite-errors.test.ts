import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors/error-code';
import { toAppError, translateErrors } from './sqlite-errors';

const coded = (code: string): Error => Object.assign(new Error(`failure ${code}`), { code });

describe('toAppError', () => {
  it.each([
    ['SQLITE_FULL', 'disk_full'],
    ['ENOSPC', 'disk_full'],
    ['SQLITE_READONLY', 'read_only'],
    ['SQLITE_READONLY_DIRECTORY', 'read_only'],
    ['SQLITE_CANTOPEN', 'read_only'],
    ['EROFS', 'read_only'],
    ['SQLITE_BUSY', 'locked'],
    ['SQLITE_BUSY_SNAPSHOT', 'locked'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_IOERR_WRITE', 'io'],
    ['EIO', 'io'],
  ])('maps %s to %s with a message for the user', (code, expected) => {
    const error = toAppError(coded(code));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(expected);
    expect((error as AppError).message.length).toBeGreaterThan(20);
  });

  it('keeps AppErrors and programming errors as they are', () => {
    const appError = new AppError('conflict', 'x');
    const bug = new TypeError('undefined is not a function');
    expect(toAppError(appError)).toBe(appError);
    expect(toAppError(bug)).toBe(bug);
    expect(() =>
      translateErrors(() => {
        throw coded('SQLITE_FULL');
      }),
    ).toThrow(expect.objectContaining({ code: 'disk_full' }));
  });
});
