import { userInfo } from 'node:os';
import { defaultSettingsFolder } from '../web/default-settings-folder';
import { createConfSettings } from '../services/settings/conf-settings';
import type { CliIo } from './command';

const osUserName = (): string => {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
};

/** The author name from the shared settings (the same file as browser mode), else the OS user. */
const defaultAuthor = (env: NodeJS.ProcessEnv): string => {
  try {
    const settings = createConfSettings({
      cwd: env.COPYDESK_SETTINGS_DIR ?? defaultSettingsFolder(),
      locale: Intl.DateTimeFormat().resolvedOptions().locale,
    });
    return settings.get().authorName || osUserName();
  } catch {
    return osUserName();
  }
};

/** The real process: stdout, stderr and environment. */
export const nodeIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTerminal: process.stdout.isTTY === true,
  defaultAuthor: () => defaultAuthor(process.env),
});
