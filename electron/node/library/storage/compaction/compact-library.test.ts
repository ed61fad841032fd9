import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../../../shared/model/article';
import type { TiptapDocument } from '../../../../../shared/model/tiptap-document';
import { openLibrary } from '../../open-library';
import { libraryFiles } from '../library-files';
import { storeRowsTheOldWay } from './testing/store-rows-the-old-way';
import { readLibraryContent } from '../../testing/read-library-content';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const paragraph = (text: string): TiptapDocument => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const libraryWithArticles = (count: number): string => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-compact-'));
  folders.push(folder);
  const library = openLibrary(folder, { create: true });
  try {
    for (let index = 0; index < count; index += 1) {
      const created: Article = library.create(
        {
          headline: `Crue ${index}`,
          body: paragraph(`Le fleuve monte à Kayes. `.repeat(60 + index)),
        },
        { name: 'Awa Diop' },
      );
      library.setStatus(
        { id: created.id, baseRevision: created.revision, status: 'submitted', note: '' },
        { name: 'Awa Diop', role: 'reporter' },
      );
    }
  } finally {
    library.close();
  }
  return folder;
};

const rowShapes = (folder: string) => {
  const db = new Database(libraryFiles(folder).database, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT
           (SELECT count(*) FROM article_bodies WHERE typeof(body) = 'text') AS textBodies,
           (SELECT count(*) FROM article_updates) AS updates,
           (SELECT count(*) FROM article_updates WHERE deflated = 0) AS rawUpdates,
           (SELECT count(*) FROM revisions WHERE length(fields) = 0) AS repeats`,
      )
      .get();
  } finally {
    db.close();
  }
};

describe('compactLibrary', () => {
  it.each([
    { logs: 'logs of two updates', doubleLogs: true, updates: 80 },
    { logs: 'logs of one update', doubleLogs: false, updates: 40 },
  ])(
    'backs up first, rewrites old rows ($logs) compactly, shrinks the file, and reads the same',
    async ({ doubleLogs, updates }) => {
      const folder = libraryWithArticles(40);
      storeRowsTheOldWay(folder, { doubleLogs });
      const before = readLibraryContent(folder);
      expect(rowShapes(folder)).toEqual({
        textBodies: 40,
        updates,
        rawUpdates: updates,
        repeats: 0,
      });

      const library = openLibrary(folder, { create: false });
      const report = await library.compact().finally(() => library.close());

      expect(report.bytesAfter).toBeLessThan(report.bytesBefore * 0.75);
      expect(rowShapes(folder)).toEqual({ textBodies: 0, updates: 40, rawUpdates: 0, repeats: 40 });
      expect(readLibraryContent(folder)).toEqual(before);
      expect(path.dirname(report.backup)).toBe(fs.realpathSync(folder));
      const backupFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-compact-backup-'));
      folders.push(backupFolder);
      fs.copyFileSync(report.backup, libraryFiles(backupFolder).database);
      expect(readLibraryContent(backupFolder)).toEqual(before);
    },
  );

  it('a second compaction changes nothing a reader sees and keeps its own backup', async () => {
    const folder = libraryWithArticles(3);
    const before = readLibraryContent(folder);
    const backups: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      const library = openLibrary(folder, { create: false });
      backups.push((await library.compact().finally(() => library.close())).backup);
    }
    expect(new Set(backups).size).toBe(2);
    expect(backups.every((backup) => fs.existsSync(backup))).toBe(true);
    expect(readLibraryContent(folder)).toEqual(before);
  });
});
