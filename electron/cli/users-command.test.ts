import { describe, expect, it } from 'vitest';
import { temporaryFolder } from '../node/library/testing/temporary-folder';
import { openLibraryNewsroomStore } from '../node/newsroom/library-store/open-library-newsroom-store';
import { runCli } from './testing/run-cli';

const newLibrary = async (): Promise<string> => {
  const library = temporaryFolder();
  await runCli(['--library', library, 'init']);
  return library;
};

describe('copydesk users', () => {
  it('adds an account and prints its invitation alone on stdout, once', async () => {
    const library = await newLibrary();
    const added = await runCli([
      '--library',
      library,
      'users',
      'add',
      'Awa Diop',
      '--role',
      'reporter',
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^cdi_[\w-]{43}\n$/);
    expect(added.stderr).toBe(
      'Invitation for Awa Diop (reporter): it works once and is not shown again.\n',
    );
    const store = openLibraryNewsroomStore(library);
    try {
      const joined = await store.accounts.redeem(added.stdout.trim());
      expect(joined?.member).toEqual({ name: 'Awa Diop', role: 'reporter' });
      expect(await store.accounts.redeem(added.stdout.trim())).toBeNull();
      expect(await store.accounts.authenticate(joined!.credential)).toEqual(joined!.member);
    } finally {
      await store.close();
    }
  });

  it('lists the accounts with their state, as a table or JSON', async () => {
    const library = await newLibrary();
    await runCli(['--library', library, 'users', 'add', 'Awa Diop', '--role', 'reporter']);
    await runCli(['--library', library, 'users', 'add', 'Fatou Sarr', '--role', 'chief_editor']);
    await runCli(['--library', library, 'users', 'revoke', 'Fatou Sarr']);
    const table = await runCli(['--library', library, 'users', 'list']);
    expect(table.stdout).toMatch(
      /^NAME\s+ROLE\s+STATE\s+CREATED\nAwa Diop\s+reporter\s+invited\s+\d{4}-\d\d-\d\d\nFatou Sarr\s+chief_editor\s+revoked\s+/,
    );
    const json = JSON.parse(
      (await runCli(['--library', library, 'users', 'list', '--json'])).stdout,
    ) as unknown;
    expect(json).toEqual([
      expect.objectContaining({
        name: 'Awa Diop',
        role: 'reporter',
        joined: false,
        revokedAt: null,
      }),
      expect.objectContaining({ name: 'Fatou Sarr', revokedAt: expect.any(String) as string }),
    ]);
  });

  it('works beside a server holding the library: a revoked credential stops authenticating', async () => {
    const library = await newLibrary();
    await runCli(['--library', library, 'users', 'add', 'Awa Diop', '--role', 'editor']);
    const store = openLibraryNewsroomStore(library);
    try {
      const invitation = (
        await runCli(['--library', library, 'users', 'add', 'Moussa Traoré', '--role', 'reporter'])
      ).stdout.trim();
      const joined = await store.accounts.redeem(invitation);
      expect(await store.accounts.authenticate(joined!.credential)).not.toBeNull();
      expect(
        await runCli(['--library', library, 'users', 'revoke', 'Moussa Traoré']),
      ).toMatchObject({
        code: 0,
        stdout: 'Moussa Traoré: revoked\n',
      });
      expect(await store.accounts.authenticate(joined!.credential)).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('refuses what makes no sense, with the reason', async () => {
    const library = await newLibrary();
    expect(await runCli(['--library', library, 'users', 'add', 'Awa'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("'users add' needs --role ROLE") as string,
    });
    expect(
      (await runCli(['--library', library, 'users', 'add', 'Awa', '--role', 'boss'])).stderr,
    ).toContain('unknown role "boss"');
    expect((await runCli(['--library', library, 'users', 'promote', 'Awa'])).code).toBe(2);
    await runCli(['--library', library, 'users', 'add', 'Awa', '--role', 'reporter']);
    expect(await runCli(['--library', library, 'users', 'add', 'Awa', '--role', 'editor'])).toEqual(
      {
        code: 1,
        stdout: '',
        stderr: 'copydesk: An account named Awa already exists.\n',
      },
    );
    expect((await runCli(['--library', library, 'users', 'revoke', 'Nobody'])).stderr).toBe(
      'copydesk: There is no account named Nobody.\n',
    );
  });
});
