import { spawnSync } from 'node:child_process';
import { JoinReply } from '../../../shared/newsroom/newsroom-account';
import { cliScript } from './child-server';

/** `copydesk users add` on the library, then POST /join: the credential a typist sends. */
export const addMember = (libraryFolder: string, name: string, where: string[] = []): string => {
  const added = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      cliScript,
      ...(where.length > 0 ? [] : ['--library', libraryFolder]),
      'users',
      'add',
      name,
      '--role',
      'editor',
      ...where,
    ],
    { encoding: 'utf8' },
  );
  if (added.status !== 0) throw new Error(`users add failed: ${added.stderr}`);
  const invitation = added.stdout.trim().split('\n').at(-1) ?? '';
  return invitation;
};

export const redeemInvitation = async (serverUrl: string, invitation: string): Promise<string> => {
  const joinUrl = `${serverUrl.replace(/^ws/, 'http')}/join`;
  const response = await fetch(joinUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invitation }),
  });
  if (!response.ok) throw new Error(`join refused: ${response.status} ${await response.text()}`);
  return JoinReply.parse(await response.json()).credential;
};
