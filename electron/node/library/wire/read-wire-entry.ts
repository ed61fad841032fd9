import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors/error-code';
import type { WireEntry } from '../../../../shared/model/wire-entry';
import { prepared } from '../storage/prepared';
import type { WireRow } from './wire-row';
import { wireColumns, wireRowToEntry } from './wire-row';

/** One wire item with its whole body, or `not_found`. */
export const readWireEntry = (db: Database.Database, id: number): WireEntry => {
  const row = prepared(db, `SELECT ${wireColumns} FROM wire_items w WHERE w.row_id = ?`).get(id) as
    WireRow | undefined;
  if (row === undefined) throw new AppError('not_found', `No wire item ${id} in this library.`);
  return wireRowToEntry(row);
};
