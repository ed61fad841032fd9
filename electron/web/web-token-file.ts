import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { syncFolder } from '../node/files/durable-file';
import { temporaryPath } from '../node/files/temporary-file';
import { writeFileDurably } from '../node/files/write-file-durably';
import { writeSecretFile } from './write-secret-file';

export const webTokenFileName = 'browser-mode-token';
const tokenPattern = /^[0-9a-f]{64}$/;

const readToken = (file: string): string | null => {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!tokenPattern.test(text)) return null;
  // A copied or restored file may have lost its mode: the token opens the library to any local user.
  if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0) {
    fs.chmodSync(file, 0o600);
  }
  return text;
};

/** Creates `file` only if absent (link fails on an existing name), so two starts agree on one token. */
const createIfAbsent = (file: string, token: string): void => {
  const temporary = temporaryPath(file);
  try {
    writeSecretFile(temporary, `${token}\n`);
    fs.linkSync(temporary, file);
    syncFolder(path.dirname(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
};

/**
 * The browser-mode token of one settings folder: made once (mode 0600, complete or absent after a
 * crash), then reused, so a restarted server still accepts the page the writer has open.
 */
export function readOrCreateWebToken(settingsFolder: string): string {
  const file = path.join(settingsFolder, webTokenFileName);
  const kept = readToken(file);
  if (kept) return kept;
  fs.mkdirSync(settingsFolder, { recursive: true, mode: 0o700 });
  const fresh = randomBytes(32).toString('hex');
  if (fs.existsSync(file)) writeFileDurably(file, `${fresh}\n`, writeSecretFile);
  else createIfAbsent(file, fresh);
  const token = readToken(file);
  if (!token) throw new Error(`Could not keep the browser-mode token in ${file}.`);
  return token;
}
