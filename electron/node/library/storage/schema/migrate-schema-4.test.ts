import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createArticleDocument } from '../../../../../shared/collab/create-article-document';
import { readArticleDocument } from '../../../../../shared/collab/read-article-document';
import { decodeUpdate } from '../../../../../shared/collab/update-encoding';
import type { Article } from '../../../../../shared/model/article';
import { pickArticleFields } from '../../../../../shared/model/article-fields';
import type {
  RevisionSnapshot,
  RevisionSummary,
  StatusChange,
} from '../../../../../shared/model/revision';
import { integrityCheck } from '../../durability/integrity-check';
import { openLibrary } from '../../open-library';
import { temporaryFolder } from '../../testing/temporary-folder';
import { migrationBackupFile } from '../backup-before-migration';
import { libraryFiles } from '../library-files';
import { latestSchemaVersion } from './migration-list';

const fixture = fileURLToPath(
  new URL('../../../../../tests/fixtures/libraries/schema-4/', import.meta.url),
);

interface Expected {
  schemaVersion: number;
  articles: {
    article: Article;
    statusLog: StatusChange[];
    revisions: { summary: RevisionSummary; snapshot: RevisionSnapshot }[];
  }[];
  list: string[];
}

const expected = JSON.parse(
  fs.readFileSync(path.join(fixture, 'expected.json'), 'utf8'),
) as Expected;

/** A copy of the fixture library, so the committed one stays at version 4. */
const copyOfFixture = (): string => {
  const folder = path.join(temporaryFolder(), 'library');
  fs.cpSync(path.join(fixture, 'library'), folder, { recursive: true });
  return folder;
};

/** `user_version` read from the file's header, so the fixture is never opened (no -wal, -shm). */
const schemaVersionOf = (file: string): number => fs.readFileSync(file).readUInt32BE(60);

const storedUpdates = (database: string) => {
  const db = new Database(database, { readonly: true });
  try {
    return db
      .prepare(
        'SELECT a.id, u.data FROM article_updates u JOIN articles a ON a.row_id = u.article_row ORDER BY u.id',
      )
      .all() as { id: string; data: Buffer }[];
  } finally {
    db.close();
  }
};

describe('a library from the release before Yjs (schema 4, made by d842919)', () => {
  it('is the fixture it claims to be', () => {
    expect(expected.schemaVersion).toBe(4);
    expect(schemaVersionOf(path.join(fixture, 'library', 'library.sqlite'))).toBe(4);
  });

  it('migrates on open after a backup copy, and reads back exactly as before', () => {
    const folder = copyOfFixture();
    const { database } = libraryFiles(folder);
    const library = openLibrary(folder, { create: false });
    try {
      expect(library.info().schemaVersion).toBe(latestSchemaVersion());
      for (const { article, statusLog, revisions } of expected.articles) {
        // Fields added since (the headline variants) come back empty.
        expect(library.get(article.id)).toEqual({
          ...article,
          seoTitle: '',
          socialTitle: '',
          metaDescription: '',
        });
        expect(library.statusLog(article.id)).toEqual(statusLog);
        // Summaries now also carry the version's status, the snapshot's.
        expect(library.listRevisions(article.id)).toEqual(
          revisions.map(({ summary, snapshot }) => ({ ...summary, status: snapshot.status })),
        );
        for (const { summary, snapshot } of revisions)
          expect(library.getRevision(article.id, summary.id)).toEqual(snapshot);
        const doc = new Y.Doc();
        Y.applyUpdate(doc, decodeUpdate(library.document(article.id).state));
        expect(readArticleDocument(doc, pickArticleFields(article))).toEqual(
          pickArticleFields(article),
        );
      }
      const conflicted = expected.articles.find(({ article }) => article.conflict !== null);
      expect(conflicted?.article.conflict).toMatchObject({ from: 'Chef Ndiaye' });
      const listed = library.list({}).items;
      expect(listed.map((item) => item.id).sort()).toEqual([...expected.list].sort());
      expect(listed.find((item) => item.id === conflicted?.article.id)?.inConflict).toBe(true);
    } finally {
      library.close();
    }
    expect(integrityCheck(database)).toEqual(['ok']);
    const backup = migrationBackupFile(database, 4);
    expect(schemaVersionOf(backup)).toBe(4);
    expect(integrityCheck(backup)).toEqual(['ok']);
  });

  it('seeds every article’s document eagerly, from the deterministic seed', () => {
    const folder = copyOfFixture();
    const { database } = libraryFiles(folder);
    openLibrary(folder, { create: false }).close();
    const updates = storedUpdates(database);
    expect(updates.map(({ id }) => id).sort()).toEqual(
      expected.articles.map(({ article }) => article.id).sort(),
    );
    for (const { article } of expected.articles) {
      const seeded = createArticleDocument(article.id, pickArticleFields(article));
      const stored = updates.find(({ id }) => id === article.id)!.data;
      expect(new Uint8Array(stored)).toEqual(Y.encodeStateAsUpdate(seeded));
    }
  });

  it('keeps a backup copy an earlier attempt left, instead of copying again', () => {
    const folder = copyOfFixture();
    const { database } = libraryFiles(folder);
    const backup = migrationBackupFile(database, 4);
    fs.copyFileSync(database, backup);
    const before = fs.readFileSync(backup);
    fs.utimesSync(backup, new Date('2025-01-01'), new Date('2025-01-01'));
    openLibrary(folder, { create: false }).close();
    expect(fs.readFileSync(backup).equals(before)).toBe(true);
    expect(fs.statSync(backup).mtime.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(schemaVersionOf(database)).toBe(latestSchemaVersion());
  });
});
