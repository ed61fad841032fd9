import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Migration } from './migration';
import { latestSchemaVersion, migrations } from './migration-list';
import { runMigrations } from './run-migrations';
import { readSchemaVersion } from './schema-version';

const now = () => new Date('2025-03-01T08:00:00.000Z');

const step = (version: number, sql: string): Migration => ({
  version,
  description: `step ${version}`,
  up: (db) => db.exec(sql),
});

const tables = (db: Database.Database): string[] =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];

describe('runMigrations', () => {
  it('brings an empty database (version 0) to the newest version and records each step', () => {
    const db = new Database(':memory:');
    expect(readSchemaVersion(db)).toBe(0);
    expect(runMigrations(db, migrations, now)).toBe(latestSchemaVersion());
    expect(db.prepare('SELECT version, applied_at FROM schema_migrations').all()).toEqual([
      { version: 1, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 2, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 3, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 4, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 5, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 6, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 7, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 8, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 9, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 10, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 11, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 12, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 13, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 14, applied_at: '2025-03-01T08:00:00.000Z' },
      { version: 15, applied_at: '2025-03-01T08:00:00.000Z' },
    ]);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'articles',
        'article_bodies',
        'article_updates',
        'revisions',
        'status_changes',
      ]),
    );
  });

  it('turns French typography on for the articles of a version 1 library', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations.slice(0, 1), now);
    db.prepare(
      "INSERT INTO articles (id, headline, headline_key, standfirst, slug, section, tags, bylines, dateline, language, status, editorial_note, words, signes, signes_without_spaces, created_at, updated_at, revision) VALUES ('a', '', '', '', 's', '', '[]', '[]', '{}', 'fr', 'draft', '', 0, 0, 0, 'x', 'x', 1)",
    ).run();
    expect(runMigrations(db, migrations.slice(0, 2), now)).toBe(2);
    expect(db.prepare('SELECT typography FROM articles').pluck().get()).toBe(1);
  });

  it('applies only the missing steps, in order, and is idempotent', () => {
    const db = new Database(':memory:');
    const first = [step(1, 'CREATE TABLE a (x)')];
    expect(runMigrations(db, first, now)).toBe(1);
    const both = [step(2, 'ALTER TABLE a ADD COLUMN y'), ...first];
    expect(runMigrations(db, both, now)).toBe(2);
    expect(runMigrations(db, both, now)).toBe(2);
    expect(
      db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all(),
    ).toEqual([1, 2]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('runs a step merged later under a lower number than one already applied', () => {
    const db = new Database(':memory:');
    runMigrations(db, [step(1, 'CREATE TABLE a (x)'), step(3, 'CREATE TABLE c (x)')], now);
    const merged = [
      step(1, 'CREATE TABLE a (x)'),
      step(2, 'CREATE TABLE b (x)'),
      step(3, 'CREATE TABLE c (x)'),
    ];
    expect(runMigrations(db, merged, now)).toBe(3);
    expect(tables(db)).toEqual(['a', 'b', 'c', 'schema_migrations']);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('rolls a failing step back whole, leaving the previous version', () => {
    const db = new Database(':memory:');
    const list = [step(1, 'CREATE TABLE a (x)'), step(2, 'CREATE TABLE b (x); CREATE TABLE a (x)')];
    expect(() => runMigrations(db, list, now)).toThrow(/already exists/);
    expect(readSchemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['a', 'schema_migrations']);
  });
});
