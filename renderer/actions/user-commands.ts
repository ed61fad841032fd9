import type { AppCommand, Shortcut } from '../../shared/commands/app-command';
import { appCommands } from '../../shared/commands/app-commands';
import { shortcutsOnHost } from '../../shared/commands/shortcuts-on-host';
import { missingCaseError } from '../../shared/errors/missing-case';
import type { MenuCommand } from '../../shared/ipc/contract';
import { ariaShortcut, isMacPlatform } from '../editor/commands/format-shortcut';
import { openExportDialog } from '../export/open-export-dialog';
import { printArticle } from '../export/print-article';
import { useSendForReview } from '../packages/send-for-review-store';
import { useLibraryStore } from '../library/library-store';
import { useNewsroomStore } from '../newsroom/newsroom-store';
import { useShareLibraryStore } from '../newsroom/share-library-store';
import { usePublishingStore } from '../publishing/publishing-store';
import { useEditorSession } from '../state/editor-session';
import { useSidePanel } from '../state/side-panel-store';
import { useUiStore } from '../state/ui-store';
import { backupLibrary, switchLibrary } from './library-operations';

/** A command of `shared/commands` with the page's behaviour attached. */
export interface UserCommand extends AppCommand {
  /** The browser-mode shortcut shown in `aria-keyshortcuts` (Electron's menu shows its own). */
  shortcut?: { notation: Shortcut; aria: string };
  perform: () => void;
}

/** Commands whose work lives in a pane that registers it (the editor: delete, save, save version). */
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
    case 'view:toggleSidePanel':
      return () => useSidePanel.getState().toggleSidePanel();
    case 'help:shortcuts':
      return () => useUiStore.getState().setShortcutsOpen(true);
    case 'library:open':
      return () => void switchLibrary('open');
    case 'library:create':
      return () => void switchLibrary('create');
    case 'library:backup':
      return () => void backupLibrary();
    case 'library:connectNewsroom':
      return () => {
        useUiStore.getState().closeSettings();
        useNewsroomStore.getState().openDialog();
      };
    case 'library:shareNewsroom':
      return () => {
        useUiStore.getState().closeSettings();
        useShareLibraryStore.getState().openDialog();
      };
    case 'article:export':
      return () => openExportDialog('command');
    case 'article:print':
      return () => void printArticle();
    case 'article:sendForReview':
      return () => useSendForReview.getState().ask();
    case 'article:publishCorrection':
      return () => {
        const articleId = useEditorSession.getState().article?.id;
        if (articleId !== undefined) usePublishingStore.getState().askCorrection(articleId);
      };
    case 'library:outbox':
      return () => {
        useUiStore.getState().closeSettings();
        usePublishingStore.getState().setOutboxOpen(true);
      };
    case 'article:delete':
    case 'article:save':
    case 'article:saveVersion':
      return performProvided(id);
    default:
      throw missingCaseError(id);
  }
};

const mac = isMacPlatform();

const userCommand = (command: AppCommand): UserCommand => {
  const [notation] = shortcutsOnHost(command, 'web');
  return {
    ...command,
    ...(notation ? { shortcut: { notation, aria: ariaShortcut(notation, mac) } } : {}),
    perform: perform(command.id),
  };
};

export const userCommands = Object.fromEntries(
  Object.values(appCommands).map((command) => [command.id, userCommand(command)]),
) as Readonly<Record<MenuCommand, UserCommand>>;
