import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where `conf` keeps settings for project "copydesk" by default (env-paths, suffix "nodejs"). */
export const defaultSettingsFolder = (
  platform: NodeJS.Platform = process.platform,
  environment: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string => {
  const name = 'copydesk-nodejs';
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', name);
  if (platform === 'win32') {
    return join(environment.APPDATA ?? join(home, 'AppData', 'Roaming'), name, 'Config');
  }
  return join(environment.XDG_CONFIG_HOME ?? join(home, '.config'), name);
};
