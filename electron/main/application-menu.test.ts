import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
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
    ['Send for Review…', 'article:sendForReview'],
    ['Find', 'view:focusSearch'],
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
    expect(file('en')).toContain('Send for Review…');
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
});
