import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fieldsToStore, handOnFields, storedFieldsOf } from './repeated-snapshot';

/** Only the columns these functions read. */
const revisionsTable = (): Database.Database => {
  const db = new Database(':memory:');
  db.exec(
    'CREATE TABLE revisions (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, fields BLOB NOT NULL)',
  );
  return db;
};

const snapshot = (db: Database.Database, articleId: string, text: string): number => {
  const stored = fieldsToStore(db, articleId, Buffer.from(text));
  return Number(
    db.prepare('INSERT INTO revisions (article_id, fields) VALUES (?, ?)').run(articleId, stored)
      .lastInsertRowid,
  );
};

const read = (db: Database.Database, id: number): string => {
  const row = db.prepare('SELECT article_id, fields FROM revisions WHERE id = ?').get(id) as {
    article_id: string;
    fields: Buffer;
  };
  return storedFieldsOf(db, row.article_id, id, row.fields).toString();
};

const storedLengths = (db: Database.Database): number[] =>
  db.prepare('SELECT length(fields) FROM revisions ORDER BY id').pluck().all() as number[];

describe('repeated snapshots', () => {
  it('are stored empty and read as the snapshot they repeat, per article', () => {
    const db = revisionsTable();
    const first = snapshot(db, 'a', 'Crue');
    const other = snapshot(db, 'b', 'Crue');
    const repeat = snapshot(db, 'a', 'Crue');
    const changed = snapshot(db, 'a', 'Crue du fleuve');
    const back = snapshot(db, 'a', 'Crue');
    expect(storedLengths(db)).toEqual([4, 4, 0, 14, 4]);
    expect([first, other, repeat, changed, back].map((id) => read(db, id))).toEqual([
      'Crue',
      'Crue',
      'Crue',
      'Crue du fleuve',
      'Crue',
    ]);
  });

  it('keep their text when the snapshot they repeat is pruned, however many go at once', () => {
    const db = revisionsTable();
    const ids = ['Crue', 'Crue', 'Crue', 'Crue'].map((text) => snapshot(db, 'a', text));
    for (const id of ids.slice(0, 3)) {
      handOnFields(db, id);
      db.prepare('DELETE FROM revisions WHERE id = ?').run(id);
    }
    expect(storedLengths(db)).toEqual([4]);
    expect(read(db, ids[3] ?? 0)).toBe('Crue');
  });
});
