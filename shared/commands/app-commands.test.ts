import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { MenuCommand } from '../ipc/contract';
import { uiLanguages } from '../model/settings';
import { appCommands } from './app-commands';
import { parseShortcut } from './parse-shortcut';
import { shortcutsOnHost } from './shortcuts-on-host';
import { availableOnHost } from './available-on-host';

describe('appCommands', () => {
  it('declares every menu command under its own id', () => {
    expect(Object.keys(appCommands).sort()).toEqual([...MenuCommand.options].sort());
    for (const [id, command] of Object.entries(appCommands)) expect(command.id).toBe(id);
  });

  it.each(uiLanguages)('names every command in the %s catalog', (language) => {
    for (const command of Object.values(appCommands)) {
      expect(translate(language, command.labelKey)).not.toBe(command.labelKey);
    }
  });

  it('writes every shortcut in the one notation', () => {
    for (const command of Object.values(appCommands)) {
      for (const host of ['electron', 'web'] as const) {
        for (const shortcut of shortcutsOnHost(command, host))
          expect(() => parseShortcut(shortcut)).not.toThrow();
      }
    }
  });

  it('makes New article Ctrl+N, and says why a browser uses Ctrl+Alt+N', () => {
    const newArticle = appCommands['article:new'];
    expect(shortcutsOnHost(newArticle, 'electron')).toEqual(['Mod-n']);
    expect(shortcutsOnHost(newArticle, 'web')).toEqual(['Mod-Alt-n']);
    expect(newArticle.hostShortcuts?.web?.why).toMatch(/Ctrl\+N/);
  });

  it('saves with Ctrl+S and searches the list with Ctrl+Shift+F on both hosts', () => {
    for (const host of ['electron', 'web'] as const) {
      expect(shortcutsOnHost(appCommands['article:save'], host)).toEqual(['Mod-s']);
      expect(shortcutsOnHost(appCommands['view:focusSearch'], host)).toEqual(['Mod-Shift-f']);
    }
  });

  it('offers no folder dialog in browser mode: open and new library are not there, nor their keys', () => {
    for (const id of ['library:open', 'library:create'] as const) {
      expect(availableOnHost(appCommands[id], 'web')).toBe(false);
      expect(availableOnHost(appCommands[id], 'electron')).toBe(true);
      expect(shortcutsOnHost(appCommands[id], 'web')).toEqual([]);
    }
    expect(shortcutsOnHost(appCommands['library:open'], 'electron')).toEqual(['Mod-o']);
    expect(availableOnHost(appCommands['library:backup'], 'web')).toBe(true);
  });

  it('shares the library on the network from Electron only: browser mode runs copydesk serve', () => {
    expect(availableOnHost(appCommands['library:shareNewsroom'], 'electron')).toBe(true);
    expect(availableOnHost(appCommands['library:shareNewsroom'], 'web')).toBe(false);
    expect(appCommands['library:shareNewsroom'].unavailableOn?.web).toMatch(/copydesk serve/);
  });
});
