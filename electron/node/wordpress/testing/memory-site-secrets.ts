import type { SiteSecrets } from '../site-secrets';

/** Site secrets held in memory, for host tests that never publish. */
export const memorySiteSecrets = (): SiteSecrets => {
  const secrets = new Map<string, string>();
  return {
    get: (name) => secrets.get(name) ?? null,
    set: (name, secret) => void secrets.set(name, secret),
    delete: (name) => void secrets.delete(name),
  };
};
