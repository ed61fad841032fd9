import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appCommands } from '../../shared/commands/app-commands';
import { shortcutsOnHost } from '../../shared/commands/shortcuts-on-host';
import { translate } from '../../shared/i18n/translate';
import { uiLanguages } from '../../shared/model/settings';
import { applicationMenuAccelerator } from './application-menu-accelerator';
import {
  applicationMenuTemplate,
  installApplicationMenu,
  type MenuOptions,
} from './application-menu';

const options = (overrides: Partial<MenuOptions> = {}): MenuOptions => ({
  language: 'en',
  isPackaged: true,
  platform: 'linux',
  send: vi.fn(),
  ...overrides,
});

const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
const byLabel = (template: MenuItemConstructorOptions[], label: string) =>
  items(template).find((item) => item.label === label);
const roles = (template: MenuItemConstructorOptions[]) =>
  items(template)
    .map((item) => item.role)
    .filter(Boolean);

describe('applicationMenuTemplate', () => {
  it('has File, Edit, View and Help in English', () => {
    expect(applicationMenuTemplate(options()).map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
  });

  it('is entirely French when the UI is French', () => {
    const template = applicationMenuTemplate(options({ language: 'fr' }));
    expect(template.map((menu) => menu.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    const labels = items(template)
      .map((item) => item.label)
      .filter(Boolean);
    expect(labels).toContain('Nouvel article');
    expect(labels).not.toContain('New article');
    expect(labels).not.toContain('Undo');
  });

  it('keeps the standard editing roles and their shortcuts', () => {
    expect(roles(applicationMenuTemplate(options()))).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'quit',
        'togglefullscreen',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'about',
      ]),
    );
  });

  it('offers reload and developer tools only in development', () => {
    expect(roles(applicationMenuTemplate(options({ isPackaged: true })))).not.toContain(
      'toggleDevTools',
    );
    expect(roles(applicationMenuTemplate(options({ isPackaged: true })))).not.toContain('reload');
    expect(roles(applicationMenuTemplate(options({ isPackaged: false })))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it.each([
    ['New article', 'article:new'],
    ['Open library…', 'library:open'],
    ['New library…', 'library:create'],
    ['Back up library…', 'library:backup'],
    ['Export…', 'article:export'],
    ['Print…', 'article:print'],
    ['Send for review…', 'article:sendForReview'],
    ['Search articles', 'view:focusSearch'],
    ['Save', 'article:save'],
    ['Save version', 'article:saveVersion'],
    ['Delete article', 'article:delete'],
  ])('sends %s to the page as the %s command', (label, command) => {
    const send = vi.fn();
    const item = byLabel(applicationMenuTemplate(options({ send })), label)!;
    (item.click as () => void)();
    expect(send).toHaveBeenCalledWith(command);
  });

  it('puts Export… and Print… in File with their usual shortcuts, in French too', () => {
    const file = applicationMenuTemplate(options({ language: 'fr' }))[0]!;
    const entries = (file.submenu as MenuItemConstructorOptions[]).filter((item) => item.label);
    expect(entries.map(({ label, accelerator }) => [label, accelerator])).toEqual(
      expect.arrayContaining([
        ['Exporter…', 'CmdOrCtrl+E'],
        ['Imprimer…', 'CmdOrCtrl+P'],
      ]),
    );
  });

  it('puts Send for Review… in File, in French too', () => {
    const file = (language: MenuOptions['language']) =>
      (
        applicationMenuTemplate(options({ language }))[0]!.submenu as MenuItemConstructorOptions[]
      ).map((item) => item.label);
    expect(file('en')).toContain('Send for review…');
    expect(file('fr')).toContain('Envoyer pour relecture…');
  });

  it('adds the macOS application menu on macOS only', () => {
    expect(applicationMenuTemplate(options({ platform: 'darwin' }))[0]).toEqual({
      role: 'appMenu',
    });
    expect(roles(applicationMenuTemplate(options()))).not.toContain('appMenu');
  });

  it('installs the built menu as the application menu', () => {
    const menu = { buildFromTemplate: vi.fn(() => 'built'), setApplicationMenu: vi.fn() };
    installApplicationMenu(menu as never, options());
    expect(menu.setApplicationMenu).toHaveBeenCalledWith('built');
  });

  describe.each(uiLanguages)('built from the shared commands (%s)', (language) => {
    const sent = (template: MenuItemConstructorOptions[], send: ReturnType<typeof vi.fn>) =>
      items(template)
        .filter((item) => item.click)
        .map((item) => {
          send.mockClear();
          (item.click as () => void)();
          return { item, command: send.mock.calls[0]![0] as keyof typeof appCommands };
        });

    it('offers every app command once, with its catalog label and its accelerator', () => {
      const send = vi.fn();
      const entries = sent(applicationMenuTemplate(options({ language, send })), send);
      expect(entries.map(({ command }) => command).sort()).toEqual(Object.keys(appCommands).sort());
      for (const { item, command } of entries) {
        const [shortcut] = shortcutsOnHost(appCommands[command], 'electron');
        expect(item.label).toBe(translate(language, appCommands[command].labelKey));
        expect(item.accelerator).toBe(shortcut ? applicationMenuAccelerator(shortcut) : undefined);
      }
    });
  });

  it('gives New article Ctrl+N, Save Ctrl+S and the list search Ctrl+Shift+F, not Ctrl+F', () => {
    const template = applicationMenuTemplate(options());
    expect(byLabel(template, 'New article')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel(template, 'Save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(byLabel(template, 'Search articles')?.accelerator).toBe('CmdOrCtrl+Shift+F');
    expect(items(template).map((item) => item.accelerator)).not.toContain('CmdOrCtrl+F');
  });
});
