import type { Pool } from 'pg';
import { AppError } from '../../../../shared/errors/error-code';
import { Role } from '../../../../shared/model/role';
import type { NewsroomAccount } from '../../../../shared/newsroom/newsroom-account';
import { hashSecret, newSecret } from '../library-store/newsroom-secret';
import type { AccountStore, Member } from '../server/newsroom-store';

interface AccountRow {
  name: string;
  role: string;
  created_at: Date;
  joined_at: Date | null;
  revoked_at: Date | null;
}

const columns = 'name, role, created_at, joined_at, revoked_at';

const accountOf = (row: AccountRow): NewsroomAccount => ({
  name: row.name,
  role: Role.parse(row.role),
  createdAt: row.created_at.toISOString(),
  joined: row.joined_at !== null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

const checkedName = (name: string): string => {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100) {
    throw new AppError('invalid', 'An account name has 1 to 100 characters.');
  }
  return trimmed;
};

const memberOf = (row: { name: string; role: string }): Member => ({
  name: row.name,
  role: Role.parse(row.role),
});

/** Newsroom accounts in PostgreSQL; invitations and credentials are kept only as hashes. */
export const postgresAccounts = (pool: Pool): AccountStore => ({
  async add(name, role) {
    const checked = checkedName(name);
    const invitation = newSecret('cdi');
    const { rows } = await pool.query<AccountRow>(
      `INSERT INTO newsroom_accounts (name, role, created_at, invitation_hash)
       VALUES ($1, $2, now(), $3) ON CONFLICT (name) DO NOTHING RETURNING ${columns}`,
      [checked, role, hashSecret(invitation)],
    );
    if (rows[0] === undefined)
      throw new AppError('conflict', `An account named ${checked} already exists.`);
    return { account: accountOf(rows[0]), invitation };
  },
  async list() {
    const { rows } = await pool.query<AccountRow>(
      `SELECT ${columns} FROM newsroom_accounts ORDER BY created_at, name`,
    );
    return rows.map(accountOf);
  },
  async revoke(name) {
    const { rows } = await pool.query<AccountRow>(
      `UPDATE newsroom_accounts SET revoked_at = coalesce(revoked_at, now()), invitation_hash = NULL
       WHERE name = $1 RETURNING ${columns}`,
      [name],
    );
    if (rows[0] === undefined)
      throw new AppError('not_found', `There is no account named ${name}.`);
    return accountOf(rows[0]);
  },
  async redeem(invitation) {
    const credential = newSecret('cdc');
    // One statement: two desks presenting the same invitation at once cannot both get a credential.
    const { rows } = await pool.query<{ name: string; role: string }>(
      `UPDATE newsroom_accounts
       SET invitation_hash = NULL, credential_hash = $2, joined_at = now()
       WHERE invitation_hash = $1 AND revoked_at IS NULL RETURNING name, role`,
      [hashSecret(invitation), hashSecret(credential)],
    );
    return rows[0] === undefined ? null : { member: memberOf(rows[0]), credential };
  },
  async authenticate(credential) {
    const { rows } = await pool.query<{ name: string; role: string }>(
      'SELECT name, role FROM newsroom_accounts WHERE credential_hash = $1 AND revoked_at IS NULL',
      [hashSecret(credential)],
    );
    return rows[0] === undefined ? null : memberOf(rows[0]);
  },
});
