export interface OpenExternalDeps {
  /** Electron's `shell.openExternal`. */
  openExternal(url: string): Promise<void>;
  /** Shows the full URL and asks the user; true to go ahead. */
  confirm(url: string): Promise<boolean>;
}

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const controlAndWhitespace = /[\u0000-\u0020\u007f]/g;

/** The normalised URL when it may leave the app (http, https, mailto), else null. */
export function externalUrlOrNull(raw: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(raw.replace(controlAndWhitespace, ''));
  } catch {
    return null;
  }
  if (!allowedProtocols.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return null;
  return parsed.href;
}

/** The only place that hands a URL to the operating system. */
export async function safeOpenExternal(raw: string, deps: OpenExternalDeps): Promise<boolean> {
  const url = externalUrlOrNull(raw);
  if (url === null) return false;
  if (!(await deps.confirm(url))) return false;
  try {
    await deps.openExternal(url);
    return true;
  } catch {
    return false;
  }
}

/** `safeOpenExternal` bound to Electron's shell, asking with `confirm` first. */
export function createSafeOpenExternal(
  shell: { openExternal(url: string): Promise<void> },
  confirm: (url: string) => Promise<boolean>,
): (url: string) => Promise<boolean> {
  return (url) =>
    safeOpenExternal(url, { openExternal: (allowed) => shell.openExternal(allowed), confirm });
}
