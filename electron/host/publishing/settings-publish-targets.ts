import type { SettingsStore } from '../../node/settings/settings-store';
import type { PublishTarget } from '../../node/wordpress/publish-target';
import type { SiteSecrets } from '../../node/wordpress/site-secrets';

/** A site of the settings with its password from the secrets, or why it cannot be used. */
export const settingsPublishTarget = (
  settings: SettingsStore,
  secrets: SiteSecrets,
  name: string,
): PublishTarget | string => {
  const site = settings.get().wordpressSites.find((candidate) => candidate.name === name);
  if (site === undefined) return `The site "${name}" is no longer in the settings.`;
  const password = secrets.get(name);
  if (password === null) return `No application password is kept for the site "${name}".`;
  return {
    site,
    connection: { address: site.address, userName: site.userName, applicationPassword: password },
  };
};
