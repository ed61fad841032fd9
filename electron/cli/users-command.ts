import { AppError } from '../../shared/errors/error-code';
import type { NewsroomAccount } from '../../shared/newsroom/newsroom-account';
import type { AccountStore } from '../node/newsroom/server/newsroom-store';
import type { Command, CommandContext } from './command';
import { parseRole } from './parse-role';
import { UsageError } from './usage-error';

const accountState = (account: NewsroomAccount): string =>
  account.revokedAt !== null ? 'revoked' : account.joined ? 'joined' : 'invited';

const accountTable = (accounts: NewsroomAccount[]): string => {
  if (accounts.length === 0) return 'No accounts yet.';
  const rows = accounts.map((account) => [
    account.name,
    account.role,
    accountState(account),
    account.createdAt.slice(0, 10),
  ]);
  const widths = [0, 1, 2].map((column) =>
    Math.max(...[['NAME', 'ROLE', 'STATE'], ...rows].map((row) => row[column]!.length)),
  );
  return [['NAME', 'ROLE', 'STATE', 'CREATED'], ...rows]
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '))
    .join('\n');
};

/**
 * The accounts of the `--library` folder, on their own connection: a server running on the
 * library holds its lock, and accounts must still be added and revoked beside it. The library is
 * opened once first when it is free, so an older one is brought to the schema with accounts.
 */
const withAccounts = async (
  context: CommandContext,
  work: (accounts: AccountStore) => Promise<void>,
): Promise<void> => {
  if (typeof context.values.database === 'string') {
    const { newsroomStoreFor } = await import('./newsroom-store-for');
    const { store } = await newsroomStoreFor(context);
    try {
      return await work(store.accounts);
    } finally {
      await store.close();
    }
  }
  try {
    context.openLibrary({ create: false }).close();
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'locked')) throw error;
  }
  const { openAccountDatabase } =
    await import('../node/newsroom/library-store/open-account-database');
  const database = openAccountDatabase(context.libraryFolder());
  try {
    await work(database.accounts);
  } finally {
    database.close();
  }
};

const nameArgument = (context: CommandContext, action: string): string => {
  const name = context.positionals[1];
  if (name === undefined) throw new UsageError(`'users ${action}' needs NAME`);
  return name;
};

export const usersCommand: Command = {
  name: 'users',
  summary:
    'Newsroom accounts: add one (prints its one-time invitation), list them, or revoke one (its desks are cut off at once).',
  arguments: 'add NAME --role ROLE | list | revoke NAME',
  options: {
    role: { type: 'string' },
    json: { type: 'boolean' },
    database: { type: 'string' },
  },
  optionHelp: [
    '--role ROLE      for add: reporter, editor or chief_editor',
    '--json           for list: print a JSON array',
    '--database URL   the accounts of a PostgreSQL newsroom instead of --library',
  ],
  positionals: { min: 1, max: 2 },
  run: (context) => {
    const { io, values } = context;
    const action = context.positionals[0];
    switch (action) {
      case 'add': {
        const name = nameArgument(context, 'add');
        if (typeof values.role !== 'string') throw new UsageError("'users add' needs --role ROLE");
        const role = parseRole(values.role);
        return withAccounts(context, async (accounts) => {
          const { invitation } = await accounts.add(name, role);
          io.stderr(`Invitation for ${name} (${role}): it works once and is not shown again.\n`);
          io.stdout(`${invitation}\n`);
        });
      }
      case 'list':
        if (context.positionals.length > 1) throw new UsageError("'users list' takes no NAME");
        return withAccounts(context, async (accounts) => {
          const list = await accounts.list();
          io.stdout(values.json ? `${JSON.stringify(list, null, 2)}\n` : `${accountTable(list)}\n`);
        });
      case 'revoke': {
        const name = nameArgument(context, 'revoke');
        return withAccounts(context, async (accounts) => {
          await accounts.revoke(name);
          io.stdout(`${name}: revoked\n`);
        });
      }
      default:
        throw new UsageError(`unknown users action '${action}' (use add, list or revoke)`);
    }
  },
};
