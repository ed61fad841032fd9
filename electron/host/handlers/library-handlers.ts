import type { HandlerTable } from '../dispatch';
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
>;

export const backupFileName = (now: Date): string =>
  `copydesk-backup-${now.toISOString().slice(0, 10)}.sqlite`;

export const createLibraryHandlers = (context: HostContext): LibraryHandlers => {
  const { session, dialogs, settings } = context;
  return {
    'library:info': () => session.current().info(),
    'library:stats': () => session.current().stats(),
    'library:facets': () => session.current().facets(),
    'library:recent': () => settings.get().recentLibraries,
    'library:open': async ({ path }) => {
      const folder = path ?? (await dialogs.chooseFolder('open-library'));
      return folder === null ? null : session.open(folder, { create: false }).info();
    },
    'library:create': async ({ path }) => {
      const folder = path ?? (await dialogs.chooseFolder('create-library'));
      return folder === null ? null : session.open(folder, { create: true }).info();
    },
    'library:backup': async ({ path }) => {
      const library = session.current();
      const destination =
        path ?? (await dialogs.chooseSaveFile('backup', backupFileName(new Date())));
      return destination === null ? null : { path: await library.backup(destination) };
    },
  };
};
