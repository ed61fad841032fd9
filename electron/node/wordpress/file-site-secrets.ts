import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SecretSeal } from '../secrets/secret-seal';
import type { SiteSecrets } from './site-secrets';

const SecretsFile = z.record(z.string(), z.string());

export const siteSecretsFileName = 'wordpress-secrets.json';

const read = (file: string): Record<string, string> => {
  try {
    return SecretsFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(
      `The WordPress passwords file ${file} is unreadable; remove it and enter the passwords again.`,
      { cause: error },
    );
  }
};

/**
 * Site secrets in `wordpress-secrets.json` in the settings folder, created 0600 and written
 * whole through a 0600 temporary file, so no other user may read it at any moment.
 */
export const fileSiteSecrets = (folder: string, seal: SecretSeal): SiteSecrets => {
  const file = path.join(folder, siteSecretsFileName);
  const write = (secrets: Record<string, string>): void => {
    fs.mkdirSync(folder, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(secrets), { mode: 0o600 });
    fs.chmodSync(temporary, 0o600);
    fs.renameSync(temporary, file);
  };
  return {
    get: (siteName) => {
      const stored = read(file)[siteName];
      return stored === undefined ? null : seal.open(stored);
    },
    set: (siteName, secret) => write({ ...read(file), [siteName]: seal.seal(secret) }),
    delete: (siteName) => {
      write(Object.fromEntries(Object.entries(read(file)).filter(([name]) => name !== siteName)));
    },
  };
};
