import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../open-library';
import { reporter } from '../../testing/open-test-library';
import { temporaryFolder } from '../../testing/temporary-folder';
import { latestSchemaVersion, migrations } from './migration-list';
import { runMigrations } from './run-migrations';

const now = () => new Date('2025-03-01T08:00:00.000Z');
const id = '0b6f3c3e-8f7a-4c55-9d0e-3a1b2c4d5e6f';
const body = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Les chauffeurs marocains enlevés près de Kayes.' }],
    },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Le conseil des ministres de Bamako a réagi.' }],
    },
  ],
};
const fields = {
  headline: 'Mali : des chauffeurs enlevés',
  standfirst: 'Quatre hommes.',
  slug: 'mali-des-chauffeurs-enleves',
  section: 'International',
  tags: ['Mali'],
  bylines: [{ name: 'Aïssata Diallo', role: 'author' }],
  dateline: { place: 'Bamako', date: '' },
  language: 'fr',
  deadline: null,
  embargo: null,
  targetLength: null,
  editorialNote: '',
  typography: true,
  body,
};

/** A library as version 2 wrote it: JSON snapshots, a search index holding its own copy of the text. */
const versionTwoLibrary = (options: { body?: string } = {}): string => {
  const folder = temporaryFolder();
  const db = new Database(path.join(folder, 'library.sqlite'));
  db.pragma('journal_mode = WAL');
  runMigrations(
    db,
    migrations.filter((migration) => migration.version <= 2),
    now,
  );
  const rowId = db
    .prepare(
      `INSERT INTO articles (id, headline, headline_key, standfirst, slug, section, tags, bylines, dateline, language,
       status, editorial_note, words, signes, signes_without_spaces, created_at, updated_at, revision)
     VALUES (?, ?, 'mali des chauffeurs enleves', ?, ?, ?, ?, ?, ?, 'fr', 'draft', '', 15, 90, 76, ?, ?, 1)`,
    )
    .run(
      id,
      fields.headline,
      fields.standfirst,
      fields.slug,
      fields.section,
      JSON.stringify(fields.tags),
      JSON.stringify(fields.bylines),
      JSON.stringify(fields.dateline),
      now().toISOString(),
      now().toISOString(),
    ).lastInsertRowid;
  db.prepare('INSERT INTO article_bodies (article_row, body) VALUES (?, ?)').run(
    rowId,
    options.body ?? JSON.stringify(body),
  );
  db.prepare(
    'INSERT INTO article_search (rowid, headline, standfirst, body, bylines, tags) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    rowId,
    fields.headline,
    fields.standfirst,
    'Les chauffeurs marocains enlevés près de Kayes.\nLe conseil des ministres de Bamako a réagi.',
    'Aïssata Diallo',
    'Mali',
  );
  db.prepare(
    `INSERT INTO revisions (article_id, revision, reason, name, author, created_at, status, fields, words)
     VALUES (?, 1, 'create', NULL, 'Awa Diop', ?, 'draft', ?, 15)`,
  ).run(id, now().toISOString(), JSON.stringify(fields));
  db.close();
  return folder;
};

describe('schema version 3 (compact storage)', () => {
  it('converts a version 2 library: snapshots deflated, search index rebuilt without its own text', () => {
    const folder = versionTwoLibrary();
    const library = openLibrary(folder, { create: false, now });
    try {
      expect(library.info().schemaVersion).toBe(latestSchemaVersion());
      const page = library.list({ text: 'conseil ministres', sort: 'relevance' });
      expect(page.total).toBe(1);
      expect(page.items[0]?.snippet).toContain('\uE000conseil\uE001 des \uE000ministres\uE001');
      expect(library.list({ text: 'goita' }).total).toBe(0);
      expect(library.list({ text: 'aissata' }).total).toBe(1);
      const [revision] = library.listRevisions(id);
      expect(library.getRevision(id, revision!.id).fields).toEqual({ ...fields, comments: [] });
      library.save(
        { id, baseRevision: 1, changes: { headline: 'Goïta reçoit les familles' } },
        reporter,
      );
      expect(library.list({ text: 'goita' }).total).toBe(1);
      expect(library.list({ text: 'kayes' }).total).toBe(1);
      expect(library.list({ text: 'chauffeurs enleves' }).total).toBe(1);
    } finally {
      library.close();
    }
    const db = new Database(path.join(folder, 'library.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT typeof(fields) FROM revisions').pluck().all()).toEqual(['blob']);
      expect(
        db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_search'").pluck().get(),
      ).toMatch(/content = ''/);
      expect(
        db.prepare("SELECT name FROM sqlite_schema WHERE name = 'article_search_content'").get(),
      ).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('rolls back whole when a row cannot be converted, leaving the version 2 library as it was', () => {
    const folder = versionTwoLibrary({ body: '{"type":"doc","content":[' });
    expect(() => openLibrary(folder, { create: false, now })).toThrow();
    const db = new Database(path.join(folder, 'library.sqlite'), { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(db.prepare('SELECT typeof(fields) FROM revisions').pluck().all()).toEqual(['text']);
      expect(
        db
          .prepare("SELECT rowid FROM article_search WHERE article_search MATCH 'kayes'")
          .pluck()
          .all(),
      ).toHaveLength(1);
      expect(db.prepare('SELECT body FROM article_search').pluck().get()).toMatch(/Kayes/);
    } finally {
      db.close();
    }
  });
});
