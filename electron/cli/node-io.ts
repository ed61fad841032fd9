import { userInfo } from 'node:os';
import { defaultSettingsFolder } from '../node/settings/default-settings-folder';
import { createConfSettings } from '../node/settings/conf-settings';
import type { Settings } from '../../shared/model/settings';
import type { Role } from '../../shared/model/role';
import type { CliIo } from './command';

const osUserName = (): string => {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
};

const readSettings = (env: NodeJS.ProcessEnv): Settings | null => {
  try {
    return createConfSettings({
      cwd: env.COPYDESK_SETTINGS_DIR ?? defaultSettingsFolder(),
      locale: Intl.DateTimeFormat().resolvedOptions().locale,
    }).get();
  } catch {
    return null;
  }
};

/** The author name from the shared settings (the same file as browser mode), else the OS user. */
const defaultAuthor = (env: NodeJS.ProcessEnv): string =>
  readSettings(env)?.authorName || osUserName();

/** The profile role from the shared settings, else reporter (the least allowed). */
const defaultRole = (env: NodeJS.ProcessEnv): Role => readSettings(env)?.role ?? 'reporter';

/** The real process: stdout, stderr and environment. */
export const nodeIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTerminal: process.stdout.isTTY === true,
  defaultAuthor: () => defaultAuthor(process.env),
  defaultRole: () => defaultRole(process.env),
  untilStopped: () =>
    new Promise((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }),
});
