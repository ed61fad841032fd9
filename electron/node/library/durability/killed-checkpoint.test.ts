import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors/error-code';
import { libraryFiles } from '../storage/library-files';
import { openLibrary } from '../open-library';
import { markedBody } from './save-marker';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const newFolder = (): string => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-checkpoint-'));
  folders.push(folder);
  return folder;
};

/** The library file and its log as a kill leaves them: 70 articles, the last 50 only in the log. */
const killedWithFramesInTheLog = (): string => {
  const folder = newFolder();
  const library = openLibrary(folder, {
    create: true,
    configureDatabase: (connection) => {
      connection.pragma('wal_autocheckpoint = 0');
    },
  });
  const create = (index: number): void => {
    library.create(
      { headline: `Article ${index}`, body: markedBody(index + 1, 400) },
      { name: 'durability' },
    );
  };
  const copy = newFolder();
  try {
    for (let index = 0; index < 20; index += 1) create(index);
    for (let index = 20; index < 70; index += 1) create(index);
    const { database } = libraryFiles(folder);
    const copied = libraryFiles(copy).database;
    fs.copyFileSync(database, copied);
    fs.copyFileSync(`${database}-wal`, `${copied}-wal`);
  } finally {
    library.close();
  }
  return copy;
};

/** The page count the log gives the database, read from a throwaway copy. */
const pagesWithTheLog = (database: string): number => {
  const scratch = newFolder();
  const copied = path.join(scratch, 'scratch.sqlite');
  fs.copyFileSync(database, copied);
  fs.copyFileSync(`${database}-wal`, `${copied}-wal`);
  const db = new Database(copied);
  try {
    return db.pragma('page_count', { simple: true }) as number;
  } finally {
    db.close();
  }
};

/** A checkpoint killed after copying page 1 (which it copies first) and before the pages after it. */
const writeGrownHeader = (database: string, pages: number): void => {
  const descriptor = fs.openSync(database, 'r+');
  try {
    const header = Buffer.alloc(100);
    fs.readSync(descriptor, header, 0, 100, 0);
    header.writeUInt32BE(pages, 28);
    header.copy(header, 92, 24, 28);
    fs.writeSync(descriptor, header, 0, 100, 0);
  } finally {
    fs.closeSync(descriptor);
  }
};

describe('a kill during a checkpoint that grows the library file', () => {
  it('opens from the log, every article there, though the file is shorter than its header says', () => {
    const folder = killedWithFramesInTheLog();
    const { database } = libraryFiles(folder);
    const pages = pagesWithTheLog(database);
    const pageSize = fs.readFileSync(database).readUInt16BE(16);
    expect(fs.statSync(database).size).toBeLessThan(pages * pageSize);
    writeGrownHeader(database, pages);

    const library = openLibrary(folder, { create: false });
    try {
      expect(library.list({ limit: 100 }).total).toBe(70);
    } finally {
      library.close();
    }
  });

  it('is still refused as truncated when no log can make it whole', () => {
    const folder = killedWithFramesInTheLog();
    const { database } = libraryFiles(folder);
    const pages = pagesWithTheLog(database);
    fs.rmSync(`${database}-wal`);
    writeGrownHeader(database, pages);
    expect(() => openLibrary(folder, { create: false })).toThrow(AppError);
    expect(() => openLibrary(folder, { create: false })).toThrow(/truncated/);
  });
});
