import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurably } from '../node/files/write-file-durably';

const portFileName = 'browser-mode-port';

/**
 * The port browser mode last listened on for this settings folder, or 0. Reusing it keeps the
 * page's address, so an open tab (and the text it keeps) reaches a restarted server.
 */
export function readRememberedPort(settingsFolder: string): number {
  try {
    const port = Number(fs.readFileSync(path.join(settingsFolder, portFileName), 'utf8').trim());
    return Number.isInteger(port) && port > 0 && port <= 65_535 ? port : 0;
  } catch {
    return 0;
  }
}

export function rememberPort(settingsFolder: string, port: number): void {
  fs.mkdirSync(settingsFolder, { recursive: true, mode: 0o700 });
  writeFileDurably(path.join(settingsFolder, portFileName), `${port}\n`);
}
