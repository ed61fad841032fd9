/**
 * Application passwords, by site name, kept apart from the settings file: never logged,
 * exported or packaged. Electron main encrypts them with safeStorage; browser mode and the CLI
 * keep them in a file only their user may read.
 */
export interface SiteSecrets {
  get(siteName: string): string | null;
  set(siteName: string, secret: string): void;
  delete(siteName: string): void;
}
