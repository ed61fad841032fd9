import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors/error-code';
import { Role } from '../../../../shared/model/role';
import type { NewsroomAccount } from '../../../../shared/newsroom/newsroom-account';
import type { AccountStore } from '../server/newsroom-store';
import { hashSecret, matchesHash, newSecret } from './newsroom-secret';
import { promised } from './promised';

interface AccountRow {
  name: string;
  role: string;
  created_at: string;
  joined_at: string | null;
  revoked_at: string | null;
}

const accountOf = (row: AccountRow): NewsroomAccount => ({
  name: row.name,
  role: Role.parse(row.role),
  createdAt: row.created_at,
  joined: row.joined_at !== null,
  revokedAt: row.revoked_at,
});

const columns = 'name, role, created_at, joined_at, revoked_at';

const checkedName = (name: string): string => {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100) {
    throw new AppError('invalid', 'An account name has 1 to 100 characters.');
  }
  return trimmed;
};

/**
 * The newsroom accounts in a library's database (`newsroom_accounts`, schema 7). Other processes
 * may write the table while a server runs (`copydesk users revoke`): every call reads it afresh.
 */
export const sqliteAccountStore = (
  db: Database.Database,
  now: () => Date = () => new Date(),
): AccountStore => {
  const byName = db.prepare(`SELECT ${columns} FROM newsroom_accounts WHERE name = ?`);
  const require = (name: string): AccountRow => {
    const row = byName.get(name) as AccountRow | undefined;
    if (row === undefined) throw new AppError('not_found', `There is no account named ${name}.`);
    return row;
  };
  return {
    add: (name, role) =>
      promised(() => {
        const checked = checkedName(name);
        const invitation = newSecret('cdi');
        db.transaction(() => {
          if (byName.get(checked) !== undefined) {
            throw new AppError('conflict', `An account named ${checked} already exists.`);
          }
          db.prepare(
            'INSERT INTO newsroom_accounts (name, role, created_at, invitation_hash) VALUES (?, ?, ?, ?)',
          ).run(checked, role, now().toISOString(), hashSecret(invitation));
        }).immediate();
        return { account: accountOf(require(checked)), invitation };
      }),
    list: () =>
      promised(() =>
        (
          db
            .prepare(`SELECT ${columns} FROM newsroom_accounts ORDER BY created_at, name`)
            .all() as AccountRow[]
        ).map(accountOf),
      ),
    revoke: (name) =>
      promised(() => {
        db.prepare(
          'UPDATE newsroom_accounts SET revoked_at = ?, invitation_hash = NULL WHERE name = ? AND revoked_at IS NULL',
        ).run(now().toISOString(), name);
        return accountOf(require(name));
      }),
    redeem: (invitation) =>
      promised(() => {
        const hash = hashSecret(invitation);
        const credential = newSecret('cdc');
        const redeemed = db
          .transaction(() => {
            const row = db
              .prepare(
                `SELECT ${columns}, invitation_hash FROM newsroom_accounts
               WHERE invitation_hash = ? AND joined_at IS NULL AND revoked_at IS NULL`,
              )
              .get(hash) as (AccountRow & { invitation_hash: string }) | undefined;
            if (row === undefined || !matchesHash(row.invitation_hash, invitation)) return null;
            db.prepare(
              'UPDATE newsroom_accounts SET credential_hash = ?, joined_at = ?, invitation_hash = NULL WHERE name = ?',
            ).run(hashSecret(credential), now().toISOString(), row.name);
            return row;
          })
          .immediate();
        return redeemed === null
          ? null
          : { member: { name: redeemed.name, role: Role.parse(redeemed.role) }, credential };
      }),
    authenticate: (credential) =>
      promised(() => {
        const row = db
          .prepare(
            'SELECT name, role, credential_hash FROM newsroom_accounts WHERE credential_hash = ? AND revoked_at IS NULL',
          )
          .get(hashSecret(credential)) as
          { name: string; role: string; credential_hash: string } | undefined;
        return row === undefined || !matchesHash(row.credential_hash, credential)
          ? null
          : { name: row.name, role: Role.parse(row.role) };
      }),
  };
};
