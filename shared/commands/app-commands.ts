import type { MenuCommand } from '../ipc/contract';
import type { AppCommand } from './app-command';

/**
 * Every application command, declared once: the Electron menu is built from this, and the
 * page binds the same keys in browser mode. Mod-F belongs to the editor's find; the list
 * search takes Mod-Shift-F.
 */
export const appCommands: Readonly<Record<MenuCommand, AppCommand>> = {
  'article:new': {
    id: 'article:new',
    labelKey: 'common:actions.newArticle',
    shortcuts: ['Mod-n'],
    scope: 'app',
    hostShortcuts: {
      web: {
        shortcuts: ['Mod-Alt-n'],
        why: 'Chromium keeps Ctrl+N (new window) for itself: the page never sees it.',
      },
    },
  },
  'article:save': {
    id: 'article:save',
    labelKey: 'common:actions.save',
    shortcuts: ['Mod-s'],
    scope: 'app',
  },
  'article:saveVersion': {
    id: 'article:saveVersion',
    labelKey: 'common:actions.saveVersion',
    shortcuts: [],
    scope: 'app',
  },
  'article:delete': {
    id: 'article:delete',
    labelKey: 'common:actions.deleteArticle',
    shortcuts: [],
    scope: 'app',
  },
  'article:export': {
    id: 'article:export',
    labelKey: 'transfer:actions.export',
    shortcuts: ['Mod-e'],
    scope: 'app',
  },
  'article:print': {
    id: 'article:print',
    labelKey: 'transfer:actions.print',
    shortcuts: ['Mod-p'],
    scope: 'app',
  },
  'article:sendForReview': {
    id: 'article:sendForReview',
    labelKey: 'packages:send.button',
    shortcuts: [],
    scope: 'app',
  },
  'article:publishCorrection': {
    id: 'article:publishCorrection',
    labelKey: 'publishing:correction.command',
    shortcuts: [],
    scope: 'app',
  },
  'library:outbox': {
    id: 'library:outbox',
    labelKey: 'publishing:outbox.open',
    shortcuts: [],
    scope: 'app',
  },
  'library:open': {
    id: 'library:open',
    labelKey: 'common:actions.openLibrary',
    shortcuts: ['Mod-o'],
    scope: 'app',
    unavailableOn: {
      web: 'Browser mode has no folder dialog: it serves the library given with --library.',
    },
  },
  'library:create': {
    id: 'library:create',
    labelKey: 'common:actions.createLibrary',
    shortcuts: [],
    scope: 'app',
    unavailableOn: {
      web: 'Browser mode has no folder dialog: it serves the library given with --library.',
    },
  },
  'library:backup': {
    id: 'library:backup',
    labelKey: 'common:actions.backupLibrary',
    shortcuts: [],
    scope: 'app',
  },
  'library:connectNewsroom': {
    id: 'library:connectNewsroom',
    labelKey: 'newsroom:connectCommand',
    shortcuts: [],
    scope: 'app',
  },
  'library:shareNewsroom': {
    id: 'library:shareNewsroom',
    labelKey: 'newsroom:shareCommand',
    shortcuts: [],
    scope: 'app',
    unavailableOn: {
      web: 'Browser mode serves no newsroom from the page: run `copydesk serve --library DIR`.',
    },
  },
  'view:focusSearch': {
    id: 'view:focusSearch',
    labelKey: 'common:actions.focusSearch',
    shortcuts: ['Mod-Shift-f'],
    scope: 'app',
  },
  'view:toggleSidePanel': {
    id: 'view:toggleSidePanel',
    labelKey: 'common:keyboard.toggleSidePanel',
    shortcuts: ['Mod-Alt-p'],
    scope: 'app',
  },
  'help:shortcuts': {
    id: 'help:shortcuts',
    labelKey: 'common:keyboard.shortcuts',
    // `?` opens it too, outside text fields only: the page handles that key (use-command-wiring).
    shortcuts: ['F1'],
    scope: 'app',
  },
};
