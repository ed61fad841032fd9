import type Database from 'better-sqlite3';
import type { Status } from '../../../../shared/model/status';
import type { HeldMove } from '../../../../shared/trust/held-move';
import type { HoldReason } from '../../../../shared/trust/hold-reason';
import type { MoveSignature } from '../../../../shared/model/move-signature';
import type { StatusMove } from '../../../../shared/trust/status-move-payload';
import { keyFingerprint } from '../../signing/key-fingerprint';
import { prepared } from '../storage/prepared';
import { storedSignature } from '../workflow/stored-signature';

interface HeldMoveRow {
  id: number;
  article_id: string;
  from_status: Status | null;
  to_status: Status;
  by_name: string;
  role: string | null;
  note: string;
  at: string;
  signature: string | null;
  reason: HoldReason;
}

/** A held move as stored: what a later trust or confirmation needs to settle it. */
export interface StoredHeldMove extends HeldMove {
  signature: MoveSignature | undefined;
}

const heldMoveOf = (row: HeldMoveRow): StoredHeldMove => {
  const signature = storedSignature(row.signature);
  return {
    id: row.id,
    articleId: row.article_id,
    from: row.from_status,
    to: row.to_status,
    by: row.by_name,
    role: row.role,
    note: row.note,
    at: row.at,
    reason: row.reason,
    fingerprint: signature === undefined ? null : keyFingerprint(signature.publicKey),
    signature,
  };
};

export const holdMove = (
  db: Database.Database,
  move: StatusMove,
  signature: MoveSignature | undefined,
  reason: HoldReason,
): void => {
  prepared(
    db,
    `INSERT INTO held_moves (article_id, from_status, to_status, by_name, role, note, at, signature, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    move.articleId,
    move.from,
    move.to,
    move.by,
    move.role,
    move.note,
    move.at,
    signature === undefined ? null : JSON.stringify(signature),
    reason,
  );
};

/** The article's held moves, in the order they were received. */
export const readHeldMoves = (db: Database.Database, articleId: string): StoredHeldMove[] =>
  (
    prepared(db, 'SELECT * FROM held_moves WHERE article_id = ? ORDER BY id').all(
      articleId,
    ) as HeldMoveRow[]
  ).map(heldMoveOf);

export const deleteHeldMoves = (db: Database.Database, articleId: string): void => {
  prepared(db, 'DELETE FROM held_moves WHERE article_id = ?').run(articleId);
};

/** The articles holding a move signed by `publicKey`. */
export const articlesHoldingKey = (db: Database.Database, publicKey: string): string[] =>
  prepared(
    db,
    `SELECT DISTINCT article_id FROM held_moves WHERE json_extract(signature, '$.publicKey') = ?`,
  )
    .pluck()
    .all(publicKey) as string[];
