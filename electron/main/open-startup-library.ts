import { AppError } from '../../shared/errors/error-code';
import type { HostNotice } from '../host/handlers/host-context';
import type { LibrarySession } from '../node/library/library-session';
import type { SettingsStore } from '../node/settings/settings-store';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

const tryOpen = (session: LibrarySession, folder: string, create: boolean): HostNotice | null => {
  try {
    session.open(folder, { create });
    return null;
  } catch (error) {
    const code = error instanceof AppError ? error.code : 'internal';
    return {
      code: `library_${code}`,
      message: `Copydesk could not open the library in ${folder}: ${reason(error)}`,
    };
  }
};

/**
 * Opens the last library, or the default one (created when missing). A last library that is
 * gone falls back to the default; any other failure (locked, from a newer Copydesk, corrupt)
 * leaves no library open and says why, rather than silently opening a different one.
 */
export function openStartupLibrary(
  session: LibrarySession,
  settings: SettingsStore,
  defaultFolder: string,
): HostNotice[] {
  const last = settings.get().lastLibrary;
  if (last === null)
    return [tryOpen(session, defaultFolder, true)].filter((notice) => notice !== null);
  const lastNotice = tryOpen(session, last, false);
  if (lastNotice === null) return [];
  if (lastNotice.code !== 'library_not_found') return [lastNotice];
  return [lastNotice, tryOpen(session, defaultFolder, true)].filter((notice) => notice !== null);
}
