import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/error-code';
import { openLibrary } from './open-library';
import { latestSchemaVersion } from './storage/schema/migration-list';
import { openTestLibrary, paragraphs, reporter } from './testing/open-test-library';
import { temporaryFolder } from './testing/temporary-folder';

const hashOf = (file: string): string =>
  createHash('sha256').update(fs.readFileSync(file)).digest('hex');

const errorOf = (action: () => unknown): AppError => {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};

const libraryWithOneArticle = (folder: string): string => {
  const library = openLibrary(folder, { create: true });
  const { id } = library.create(
    { headline: 'Conseil des ministres', body: paragraphs('Texte.') },
    reporter,
  );
  library.close();
  return id;
};

/** Overwrites the root page of `index` with 0xFF bytes. */
const damageIndex = (file: string, index: string): void => {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const rootPage = db
    .prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?')
    .pluck()
    .get(index) as number;
  db.close();
  const descriptor = fs.openSync(file, 'r+');
  fs.writeSync(descriptor, Buffer.alloc(pageSize, 0xff), 0, pageSize, (rootPage - 1) * pageSize);
  fs.closeSync(descriptor);
};

describe('openLibrary', () => {
  it('creates a library, then reopens it with its articles', () => {
    const folder = path.join(temporaryFolder(), 'Ma bibliothèque');
    const id = libraryWithOneArticle(folder);
    expect(fs.existsSync(path.join(folder, 'library.sqlite'))).toBe(true);
    const library = openLibrary(folder, { create: false });
    try {
      expect(library.get(id).headline).toBe('Conseil des ministres');
      expect(library.info()).toMatchObject({
        path: folder,
        readOnly: false,
        readOnlyReason: null,
        schemaVersion: latestSchemaVersion(),
        articleCount: 1,
      });
    } finally {
      library.close();
    }
  });

  it('uses WAL with a full sync at every commit and enforced foreign keys', () => {
    const settings: unknown[] = [];
    openTestLibrary({
      configureDatabase: (db) =>
        settings.push(
          db.pragma('journal_mode', { simple: true }),
          db.pragma('synchronous', { simple: true }),
          db.pragma('foreign_keys', { simple: true }),
        ),
    });
    expect(settings).toEqual(['wal', 2, 1]);
  });

  it("answers 'not_found' for a folder without a library when not asked to create one", () => {
    const folder = temporaryFolder();
    expect(errorOf(() => openLibrary(folder, { create: false })).code).toBe('not_found');
    expect(errorOf(() => openLibrary(path.join(folder, 'absent'), { create: false })).code).toBe(
      'not_found',
    );
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('upgrades a version 0 database (SQLite, no schema yet) through the migrations', () => {
    const folder = temporaryFolder();
    const db = new Database(path.join(folder, 'library.sqlite'));
    db.pragma('journal_mode = WAL');
    db.close();
    const library = openLibrary(folder, { create: false });
    try {
      expect(library.info().schemaVersion).toBe(latestSchemaVersion());
      const article = library.create({ headline: 'Après migration' }, reporter);
      expect(library.get(article.id).headline).toBe('Après migration');
    } finally {
      library.close();
    }
  });

  it('refuses a library from a newer Copydesk and leaves the file byte-identical', () => {
    const folder = temporaryFolder();
    libraryWithOneArticle(folder);
    const file = path.join(folder, 'library.sqlite');
    const db = new Database(file);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
      99,
      new Date().toISOString(),
    );
    db.close();
    const before = hashOf(file);
    const error = errorOf(() => openLibrary(folder, { create: false }));
    expect(error.code).toBe('future_version');
    expect(error.message).toMatch(/newer version of Copydesk/);
    expect(hashOf(file)).toBe(before);
    expect(fs.existsSync(path.join(folder, 'library.lock'))).toBe(false);
  });

  it.each([
    [
      'garbage',
      (file: string) => fs.writeFileSync(file, 'This is not a database, just notes.\n'.repeat(300)),
    ],
    [
      'truncated',
      (file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2) + 100),
    ],
    ['truncated at a page boundary', (file: string) => fs.truncateSync(file, 4096 * 3)],
    ['empty', (file: string) => fs.truncateSync(file, 0)],
  ])("answers 'corrupt' for a %s library.sqlite and leaves it byte-identical", (_name, damage) => {
    const folder = temporaryFolder();
    libraryWithOneArticle(folder);
    const file = path.join(folder, 'library.sqlite');
    damage(file);
    const before = hashOf(file);
    const error = errorOf(() => openLibrary(folder, { create: true }));
    expect(error.code).toBe('corrupt');
    expect(error.message).toContain('library.sqlite');
    expect(hashOf(file)).toBe(before);
    expect(fs.readdirSync(folder).sort()).toEqual(['library.sqlite']);
  });

  it('opens a library that fails the integrity check read-only: reads work, writes are refused', () => {
    const folder = temporaryFolder();
    const id = libraryWithOneArticle(folder);
    damageIndex(path.join(folder, 'library.sqlite'), 'status_changes_by_article');
    const library = openLibrary(folder, { create: false });
    try {
      const info = library.info();
      expect(info.readOnly).toBe(true);
      expect(info.readOnlyReason).toMatch(/integrity check/);
      expect(library.get(id).headline).toBe('Conseil des ministres');
      expect(library.list({}).total).toBe(1);
      expect(errorOf(() => library.create({ headline: 'Nouveau' }, reporter)).code).toBe(
        'read_only',
      );
      expect(
        errorOf(() =>
          library.save({ id, baseRevision: 1, changes: { headline: 'Changé' } }, reporter),
        ).code,
      ).toBe('read_only');
      expect(library.get(id).headline).toBe('Conseil des ministres');
    } finally {
      library.close();
    }
  });

  it('checks a large library whole in the background and turns it read-only when damage is found', async () => {
    const folder = temporaryFolder();
    const id = libraryWithOneArticle(folder);
    damageIndex(path.join(folder, 'library.sqlite'), 'status_changes_by_article');
    let verdict: (damage: string | null) => void = () => undefined;
    const checked = new Promise<string | null>((resolve) => {
      verdict = resolve;
    });
    const library = openLibrary(folder, {
      create: false,
      fullCheckLimitBytes: 0,
      onBackgroundCheck: (damage) => verdict(damage),
    });
    try {
      expect(await checked).toMatch(/\S/);
      expect(library.info().readOnlyReason).toMatch(/integrity check/);
      expect(library.get(id).headline).toBe('Conseil des ministres');
      expect(
        errorOf(() =>
          library.save({ id, baseRevision: 1, changes: { headline: 'Changé' } }, reporter),
        ).code,
      ).toBe('read_only');
    } finally {
      library.close();
    }
  });

  it('keeps a sound large library writable after its background check', async () => {
    const folder = temporaryFolder();
    const id = libraryWithOneArticle(folder);
    let verdict: (damage: string | null) => void = () => undefined;
    const checked = new Promise<string | null>((resolve) => {
      verdict = resolve;
    });
    const library = openLibrary(folder, {
      create: false,
      fullCheckLimitBytes: 0,
      onBackgroundCheck: (damage) => verdict(damage),
    });
    try {
      expect(await checked).toBeNull();
      expect(library.info().readOnly).toBe(false);
      expect(
        library.save({ id, baseRevision: 1, changes: { headline: 'Changé' } }, reporter).revision,
      ).toBe(2);
    } finally {
      library.close();
    }
  });

  it('sweeps temp files left by a crash when it opens', () => {
    const folder = temporaryFolder();
    libraryWithOneArticle(folder);
    fs.writeFileSync(path.join(folder, '.export.md.123-abcd.copydesk-tmp'), 'half');
    fs.writeFileSync(path.join(folder, '.library.sqlite.9-ef01.copydesk-tmp-wal'), 'half');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'kept');
    openLibrary(folder, { create: false }).close();
    expect(fs.readdirSync(folder).sort()).toEqual(['library.sqlite', 'notes.txt']);
  });

  it("answers 'unavailable' once closed", () => {
    const folder = temporaryFolder();
    const library = openLibrary(folder, { create: true });
    library.close();
    expect(errorOf(() => library.list({})).code).toBe('unavailable');
  });
});
