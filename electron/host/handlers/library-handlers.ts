import type { HandlerTable } from '../dispatch';
import { createPathGrants, type PathGrants } from '../paths/path-grants';
import type { HostContext } from './host-context';

type LibraryHandlers = Pick<
  HandlerTable,
  | 'library:info'
  | 'library:stats'
  | 'library:facets'
  | 'library:recent'
  | 'library:open'
  | 'library:create'
  | 'library:backup'
  | 'library:compact'
>;

export const backupFileName = (now: Date): string =>
  `copydesk-backup-${now.toISOString().slice(0, 10)}.sqlite`;

/**
 * Library folders come from the host's dialogs or the recent list, which the page sees as
 * handles. A backup replaces an existing file only when the user said so in a native save
 * dialog; otherwise it never does.
 */
export const createLibraryHandlers = (
  context: HostContext,
  grants: PathGrants = createPathGrants(),
): LibraryHandlers => {
  const { session, dialogs, settings } = context;
  return {
    'library:info': () => session.current().info(),
    'library:stats': () => session.current().stats(),
    'library:facets': () => session.current().facets(),
    'library:recent': () =>
      settings.get().recentLibraries.map((path) => ({ handle: grants.grant(path), path })),
    'library:open': async ({ handle }) => {
      const folder =
        handle === undefined ? await dialogs.chooseFolder('open-library') : grants.resolve(handle);
      return folder === null ? null : session.open(folder, { create: false }).info();
    },
    'library:create': async () => {
      const folder = await dialogs.chooseFolder('create-library');
      return folder === null ? null : session.open(folder, { create: true }).info();
    },
    'library:backup': async () => {
      const library = session.current();
      const destination = await dialogs.chooseSaveFile('backup', backupFileName(new Date()));
      if (destination === null) return null;
      const replace = dialogs.asksBeforeReplacing === true;
      return { path: await library.backup(destination, { replace }) };
    },
    'library:compact': () => session.current().compact(),
  };
};
