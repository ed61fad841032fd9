import type { Migration } from './migration';

/**
 * Wire items (agency copy), apart from articles: one row per agency item, the newest version
 * received, its own accent-insensitive index, and the articles written from each. Every
 * statement tolerates running after other migrations of the same release, whatever their order.
 */
export const wireItemsTable: Migration = {
  version: 10,
  description: 'wire_items, wire_search, wire_takes (agency copy)',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS wire_items (
        row_id INTEGER PRIMARY KEY,
        agency TEXT NOT NULL,
        item_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('newsml-1.2', 'newsml-g2', 'ninjs')),
        headline TEXT NOT NULL,
        urgency INTEGER,
        version_created TEXT,
        received_at TEXT NOT NULL,
        notice TEXT CHECK (notice IS NULL OR notice IN ('kill', 'correction')),
        updated INTEGER NOT NULL DEFAULT 0 CHECK (updated IN (0, 1)),
        read_at TEXT,
        source TEXT NOT NULL,
        item TEXT NOT NULL,
        UNIQUE (agency, item_id)
      );
      CREATE INDEX IF NOT EXISTS wire_items_by_received ON wire_items (received_at);

      CREATE VIRTUAL TABLE IF NOT EXISTS wire_search USING fts5 (
        headline, body, bylines, tags,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      CREATE TABLE IF NOT EXISTS wire_takes (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        wire_row INTEGER NOT NULL REFERENCES wire_items (row_id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        taken_at TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS wire_takes_by_item ON wire_takes (wire_row);
    `);
  },
};
