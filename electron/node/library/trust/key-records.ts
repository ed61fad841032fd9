import type Database from 'better-sqlite3';
import type { Role } from '../../../../shared/model/role';
import type { KeyTrust, TrustedKey } from '../../../../shared/model/trusted-key';
import { keyFingerprint } from '../../signing/key-fingerprint';
import { prepared } from '../storage/prepared';

interface KeyRow {
  public_key: string;
  fingerprint: string;
  name: string;
  role: Role;
  trust: KeyTrust;
  first_seen_at: string;
}

const keyOf = (row: KeyRow): TrustedKey => ({
  publicKey: row.public_key,
  fingerprint: row.fingerprint,
  name: row.name,
  role: row.role,
  trust: row.trust,
  firstSeenAt: row.first_seen_at,
});

export const readKeyRecord = (db: Database.Database, publicKey: string): TrustedKey | null => {
  const row = prepared(db, 'SELECT * FROM trusted_keys WHERE public_key = ?').get(publicKey) as
    KeyRow | undefined;
  return row === undefined ? null : keyOf(row);
};

/** Every key this library met, the ones waiting for a decision first, then by name. */
export const listKeyRecords = (db: Database.Database): TrustedKey[] =>
  (
    prepared(
      db,
      `SELECT * FROM trusted_keys
       ORDER BY CASE trust WHEN 'seen' THEN 0 WHEN 'trusted' THEN 1 ELSE 2 END, name, public_key`,
    ).all() as KeyRow[]
  ).map(keyOf);

/** Remembers a key met for the first time as seen, not trusted, with whom it signed as. */
export const noteSeenKey = (
  db: Database.Database,
  key: { publicKey: string; name: string; role: Role; at: string },
): TrustedKey => {
  prepared(
    db,
    `INSERT INTO trusted_keys (public_key, fingerprint, name, role, trust, first_seen_at)
     VALUES (?, ?, ?, ?, 'seen', ?) ON CONFLICT (public_key) DO NOTHING`,
  ).run(key.publicKey, keyFingerprint(key.publicKey), key.name, key.role, key.at);
  return readKeyRecord(db, key.publicKey)!;
};

export const setKeyTrust = (db: Database.Database, publicKey: string, trust: KeyTrust): boolean =>
  prepared(db, 'UPDATE trusted_keys SET trust = ? WHERE public_key = ?').run(trust, publicKey)
    .changes === 1;
