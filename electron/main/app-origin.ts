export const appScheme = 'app';
export const appHost = 'copydesk';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/**
 * True only for URLs on our own `app://copydesk` origin. `URL.origin` is the opaque "null" for
 * custom schemes (in Node and in Electron's main process), so scheme and host are compared
 * one by one instead; strings are never compared by prefix.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname.toLowerCase() === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
