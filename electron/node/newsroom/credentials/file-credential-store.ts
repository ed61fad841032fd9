import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { plainSecretSeal, type SecretSeal } from '../../secrets/secret-seal';
import type { CredentialStore } from './credential-store';

const StoredCredentials = z.record(z.string(), z.string());

export const credentialsFileName = 'newsroom-credentials.json';

/** Credentials in `folder/newsroom-credentials.json`, readable and writable by the user only. */
export const fileCredentialStore = (
  folder: string,
  seal: SecretSeal = plainSecretSeal,
): CredentialStore => {
  const file = path.join(folder, credentialsFileName);
  const readAll = (): Record<string, string> => {
    try {
      return StoredCredentials.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      return {};
    }
  };
  const writeAll = (all: Record<string, string>): void => {
    fs.mkdirSync(folder, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(all), { mode: 0o600 });
    fs.chmodSync(temporary, 0o600);
    fs.renameSync(temporary, file);
  };
  return {
    read: (libraryId) => {
      const sealed = readAll()[libraryId];
      if (sealed === undefined) return null;
      try {
        return seal.open(sealed);
      } catch {
        return null;
      }
    },
    write: (libraryId, credential) =>
      writeAll({ ...readAll(), [libraryId]: seal.seal(credential) }),
    remove: (libraryId) => {
      const all = readAll();
      delete all[libraryId];
      writeAll(all);
    },
  };
};
