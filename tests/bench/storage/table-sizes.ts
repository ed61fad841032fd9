import type Database from 'better-sqlite3';

export interface TableSize {
  name: string;
  bytes: number;
}

/** Bytes each table and index takes in the file (SQLite's dbstat), largest first. */
export const tableSizes = (db: Database.Database): TableSize[] =>
  db
    .prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC')
    .all() as TableSize[];
