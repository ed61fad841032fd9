import path from 'node:path';
import { writeFileDurably } from '../node/files/write-file-durably';
import { writeSecretFile } from './write-secret-file';

const launchPageName = 'open-copydesk.html';

/**
 * A page in the settings folder (mode 0600) that forwards to the address with its token: the
 * browser is started on this file, so the token never shows in any process's arguments.
 */
export function writeLaunchPage(settingsFolder: string, url: string): string {
  const file = path.join(settingsFolder, launchPageName);
  const address = encodeURI(url);
  const page = [
    '<!doctype html>',
    '<meta charset="utf-8">',
    `<meta http-equiv="refresh" content="0;url=${address}">`,
    '<title>Copydesk</title>',
    `<p><a href="${address}">Copydesk</a></p>`,
    '',
  ].join('\n');
  writeFileDurably(file, page, writeSecretFile);
  return file;
}
