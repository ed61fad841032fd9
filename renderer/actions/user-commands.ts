import type { MenuCommand } from '../../shared/ipc/contract';
import { missingCaseError } from '../../shared/errors/missing-case';
import { openExportDialog } from '../export/open-export-dialog';
import { printArticle } from '../export/print-article';
import { useSendForReview } from '../packages/send-for-review-store';
import { useLibraryStore } from '../state/library-store';
import { useUiStore } from '../state/ui-store';
import type { KeyShortcut } from './key-shortcut';
import { backupLibrary, switchLibrary } from './library-operations';

export interface UserCommand {
  id: MenuCommand;
  /** Key in the `common` catalog. */
  labelKey: string;
  shortcut?: KeyShortcut;
  perform: () => void;
}

/** Commands whose work lives in a pane that registers it (the editor: delete, save version). */
const provided = new Map<MenuCommand, () => void>();

export function provideCommand(id: MenuCommand, perform: () => void): () => void {
  provided.set(id, perform);
  return () => {
    if (provided.get(id) === perform) provided.delete(id);
  };
}

const performProvided = (id: MenuCommand) => () => provided.get(id)?.();

const perform = (id: MenuCommand): (() => void) => {
  switch (id) {
    case 'article:new':
      return () => void useLibraryStore.getState().createArticle();
    case 'view:focusSearch':
      return () => useUiStore.getState().focusSearch();
    case 'library:open':
      return () => void switchLibrary('open');
    case 'library:create':
      return () => void switchLibrary('create');
    case 'library:backup':
      return () => void backupLibrary();
    case 'article:export':
      return () => openExportDialog('command');
    case 'article:print':
      return () => void printArticle();
    case 'article:sendForReview':
      return () => void useSendForReview.getState().send();
    case 'article:delete':
    case 'article:saveVersion':
      return performProvided(id);
    default:
      throw missingCaseError(id);
  }
};

const command = (id: MenuCommand, labelKey: string, shortcut?: KeyShortcut): UserCommand => ({
  id,
  labelKey,
  shortcut,
  perform: perform(id),
});

export const userCommands: Readonly<Record<MenuCommand, UserCommand>> = {
  'article:new': command('article:new', 'actions.newArticle', {
    code: 'KeyN',
    alt: true,
    shift: false,
    aria: 'Control+Alt+N',
  }),
  'view:focusSearch': command('view:focusSearch', 'actions.focusSearch', {
    code: 'KeyF',
    alt: false,
    shift: true,
    aria: 'Control+Shift+F',
  }),
  'library:open': command('library:open', 'actions.openLibrary'),
  'library:create': command('library:create', 'actions.createLibrary'),
  'library:backup': command('library:backup', 'actions.backupLibrary'),
  'article:delete': command('article:delete', 'actions.deleteArticle'),
  'article:saveVersion': command('article:saveVersion', 'actions.saveVersion'),
  'article:export': command('article:export', 'transfer:actions.export', {
    code: 'KeyE',
    alt: false,
    shift: false,
    aria: 'Control+E',
  }),
  'article:print': command('article:print', 'transfer:actions.print', {
    code: 'KeyP',
    alt: false,
    shift: false,
    aria: 'Control+P',
  }),
  'article:sendForReview': command('article:sendForReview', 'packages:send.button'),
};
