import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './migration-list';
import { runMigrations } from './run-migrations';

const now = () => new Date('2025-03-01T08:00:00.000Z');

describe('schema version 4 (review columns)', () => {
  it('gives every existing article no comments, no handoffs and no conflict', () => {
    const db = new Database(':memory:');
    runMigrations(
      db,
      migrations.filter((migration) => migration.version <= 3),
      now,
    );
    db.prepare(
      `INSERT INTO articles (id, headline, headline_key, standfirst, slug, section, tags, bylines, dateline,
         language, status, editorial_note, words, signes, signes_without_spaces, created_at, updated_at, revision)
       VALUES ('0b6f3c3e-8f7a-4c55-9d0e-3a1b2c4d5e6f', 'Titre', 'titre', '', 'titre', '', '[]', '[]',
         '{"place":"","date":""}', 'fr', 'draft', '', 0, 0, 0, 'x', 'x', 1)`,
    ).run();
    runMigrations(db, migrations, now);
    expect(db.prepare('SELECT comments, handoffs, conflict FROM articles').get()).toEqual({
      comments: '[]',
      handoffs: '[]',
      conflict: null,
    });
  });
});
