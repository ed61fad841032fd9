import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors/error-code';
import { libraryFiles } from '../storage/library-files';
import { openLibrary } from '../open-library';
import { markedBody } from './save-marker';
import { seededRandom } from './seeded-random';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const libraryWithArticles = (): string => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-corrupt-'));
  folders.push(folder);
  const library = openLibrary(folder, { create: true });
  try {
    for (let index = 0; index < 20; index += 1) {
      library.create(
        { headline: `Article ${index}`, body: markedBody(index + 1, 50) },
        { name: 'durability' },
      );
    }
  } finally {
    library.close();
  }
  return folder;
};

const openError = (folder: string): unknown => {
  try {
    openLibrary(folder, { create: false }).close();
  } catch (error) {
    return error;
  }
  return null;
};

const expectRefusedUntouched = (folder: string): void => {
  const { database } = libraryFiles(folder);
  const before = fs.readFileSync(database);
  const filesBefore = fs.readdirSync(folder).sort();
  const error = openError(folder);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('corrupt');
  expect((error as AppError).message).toMatch(/library/i);
  expect(fs.readFileSync(database).equals(before)).toBe(true);
  expect(fs.readdirSync(folder).sort()).toEqual(filesBefore);
  expect((openError(folder) as AppError).code).toBe('corrupt');
};

describe('a damaged library.sqlite', () => {
  it.each([
    [
      'truncated to half its pages',
      (size: number, page: number) => Math.floor(size / 2 / page) * page,
    ],
    ['truncated mid-page', (size: number) => Math.floor(size / 2) + 123],
    ['truncated inside the header', () => 60],
    ['truncated to nothing', () => 0],
  ])('is refused as corrupt and left byte-identical when %s', (_name, length) => {
    const folder = libraryWithArticles();
    const { database } = libraryFiles(folder);
    const pageSize = fs.readFileSync(database).readUInt16BE(16);
    fs.truncateSync(database, length(fs.statSync(database).size, pageSize));
    expectRefusedUntouched(folder);
  });

  it('is refused as corrupt and left byte-identical when it is garbage', () => {
    const folder = libraryWithArticles();
    const { database } = libraryFiles(folder);
    const random = seededRandom(7);
    const garbage = Buffer.from(
      Array.from({ length: fs.statSync(database).size }, () => Math.floor(random() * 256)),
    );
    fs.writeFileSync(database, garbage);
    expectRefusedUntouched(folder);
  });

  it('is refused as corrupt and left byte-identical when it is text with a .sqlite name', () => {
    const folder = libraryWithArticles();
    fs.writeFileSync(
      libraryFiles(folder).database,
      '# Mes notes\n\nCe fichier n’est pas une base de données.\n',
    );
    expectRefusedUntouched(folder);
  });
});
