import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import { deflateRawSync } from 'node:zlib';
import { appendDocumentUpdate, storedUpdates } from '../../documents/load-article-document';

const batchSize = 200;

/** Runs `step` over the articles after each `row_id`, one transaction per batch. */
const inBatches = (
  db: Database.Database,
  selectAfter: string,
  step: (rowId: number) => void,
  onBatch: () => void,
): void => {
  const next = db.prepare(selectAfter).pluck();
  for (let after = 0; ;) {
    const rows = next.all(after, batchSize) as number[];
    if (rows.length === 0) return;
    db.transaction(() => {
      for (const rowId of rows) step(rowId);
    }).immediate();
    after = rows.at(-1) ?? after;
    onBatch();
  }
};

/** The stored JSON text deflated as it is: what `encodeStoredBody` writes, without parsing it. */
const deflateBodies = (db: Database.Database, onBatch: () => void): void => {
  const read = db.prepare('SELECT body FROM article_bodies WHERE article_row = ?').pluck();
  const write = db.prepare('UPDATE article_bodies SET body = ? WHERE article_row = ?');
  inBatches(
    db,
    "SELECT article_row FROM article_bodies WHERE article_row > ? AND typeof(body) = 'text' ORDER BY article_row LIMIT ?",
    (rowId) => {
      write.run(deflateRawSync(read.get(rowId) as string, { level: 3 }), rowId);
    },
    onBatch,
  );
};

/** One update holding the whole document, deleted text dropped (a fresh document collects it). */
const merged = (updates: Uint8Array[]): Uint8Array => {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
};

/**
 * An article's update log becomes one deflated update holding the same document; a log of one
 * (every article a migration seeded) is only deflated, without building its document.
 */
const mergeUpdateLogs = (db: Database.Database, onBatch: () => void): void => {
  const remove = db.prepare('DELETE FROM article_updates WHERE article_row = ?');
  inBatches(
    db,
    `SELECT article_row FROM article_updates WHERE article_row > ?
     GROUP BY article_row HAVING count(*) > 1 OR min(deflated) = 0 ORDER BY article_row LIMIT ?`,
    (rowId) => {
      const updates = storedUpdates(db, rowId);
      const [only] = updates;
      remove.run(rowId);
      appendDocumentUpdate(db, rowId, updates.length === 1 && only ? only : merged(updates));
    },
    onBatch,
  );
};

/** A snapshot equal to the article's previous stored one keeps an empty `fields` (see repeated-snapshot). */
const emptyRepeatedSnapshots = (db: Database.Database): void => {
  db.transaction(() => {
    db.exec(`
      UPDATE revisions SET fields = x''
      WHERE length(fields) > 0 AND fields = (
        SELECT earlier.fields FROM revisions earlier
        WHERE earlier.article_id = revisions.article_id AND earlier.id < revisions.id
          AND length(earlier.fields) > 0
        ORDER BY earlier.id DESC LIMIT 1)
    `);
  }).immediate();
};

/**
 * Brings rows written in older forms to the compact ones: bodies deflated, each article's update
 * log merged into one deflated update, repeated snapshots emptied. Every batch is its own
 * transaction and leaves a library that reads the same, so a crash between any two is harmless.
 */
export const rewriteOldRows = (
  db: Database.Database,
  onBatch: () => void = () => undefined,
): void => {
  deflateBodies(db, onBatch);
  mergeUpdateLogs(db, onBatch);
  emptyRepeatedSnapshots(db);
};
