import { AppError } from '../../shared/errors/error-code';
import type { WordpressSite } from '../../shared/model/wordpress-site';
import { createConfSettings } from '../node/settings/conf-settings';
import { defaultSettingsFolder } from '../node/settings/default-settings-folder';
import { fileSiteSecrets } from '../node/wordpress/file-site-secrets';
import type { PublishTarget } from '../node/wordpress/publish-target';
import { plainSecretSeal } from '../node/secrets/secret-seal';

/**
 * The WordPress sites of the shared settings (the same folder as browser mode), each with its
 * application password from the 0600 secrets file beside them.
 */
export const cliPublishTargets = (env: Readonly<Record<string, string | undefined>>) => {
  const folder = env.COPYDESK_SETTINGS_DIR ?? defaultSettingsFolder();
  const sites = createConfSettings({ cwd: folder, locale: 'en' }).get().wordpressSites;
  const secrets = fileSiteSecrets(folder, plainSecretSeal);
  const site = (name: string): WordpressSite => {
    const found = sites.find((candidate) => candidate.name === name);
    if (found === undefined) {
      const known = sites.map((candidate) => candidate.name).join(', ') || 'none';
      throw new AppError(
        'not_found',
        `no WordPress site named "${name}" in the settings (known: ${known})`,
      );
    }
    return found;
  };
  const targetOf = (name: string): PublishTarget | string => {
    const found = sites.find((candidate) => candidate.name === name);
    if (found === undefined) return `The site "${name}" is no longer in the settings.`;
    const password = secrets.get(name);
    if (password === null) return `No application password is kept for the site "${name}".`;
    return {
      site: found,
      connection: {
        address: found.address,
        userName: found.userName,
        applicationPassword: password,
      },
    };
  };
  return { site, targetOf };
};
