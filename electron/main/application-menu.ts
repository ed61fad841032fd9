import type { Menu, MenuItemConstructorOptions } from 'electron';
import { appCommands } from '../../shared/commands/app-commands';
import { shortcutsOnHost } from '../../shared/commands/shortcuts-on-host';
import { catalogs } from '../../shared/i18n/catalogs';
import { translate } from '../../shared/i18n/translate';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { UiLanguage } from '../../shared/model/settings';
import { applicationMenuAccelerator } from './application-menu-accelerator';

export interface MenuOptions {
  language: UiLanguage;
  isPackaged: boolean;
  platform: string;
  /** Sends `menu:command` to the focused Copydesk window. */
  send(command: MenuCommand): void;
}

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = catalogs[options.language].menu;
  // The menu owns the keys of every app command in Electron: the page binds them only in a browser.
  const command = (id: MenuCommand): MenuItemConstructorOptions => {
    const [shortcut] = shortcutsOnHost(appCommands[id], 'electron');
    return {
      label: translate(options.language, appCommands[id].labelKey),
      ...(shortcut ? { accelerator: applicationMenuAccelerator(shortcut) } : {}),
      click: () => options.send(id),
    };
  };
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload', label: labels.reload },
        { role: 'toggleDevTools', label: labels.developerTools },
        { type: 'separator' },
      ];
  const template: MenuItemConstructorOptions[] = [
    {
      label: labels.file,
      submenu: [
        command('article:new'),
        { type: 'separator' },
        command('article:save'),
        command('article:saveVersion'),
        { type: 'separator' },
        command('library:open'),
        command('library:create'),
        command('library:backup'),
        command('library:connectNewsroom'),
        command('library:shareNewsroom'),
        command('library:outbox'),
        { type: 'separator' },
        command('article:export'),
        command('article:print'),
        command('article:sendForReview'),
        command('article:publishCorrection'),
        { type: 'separator' },
        { role: 'quit', label: labels.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        { type: 'separator' },
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
        { type: 'separator' },
        command('article:delete'),
      ],
    },
    {
      label: labels.view,
      submenu: [
        command('view:focusSearch'),
        command('view:toggleSidePanel'),
        { type: 'separator' },
        ...developerItems,
        { role: 'resetZoom', label: labels.actualSize },
        { role: 'zoomIn', label: labels.zoomIn },
        { role: 'zoomOut', label: labels.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: labels.fullScreen },
      ],
    },
    {
      label: labels.help,
      role: 'help',
      submenu: [command('help:shortcuts'), { role: 'about', label: labels.about }],
    },
  ];
  return options.platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}

export function installApplicationMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  options: MenuOptions,
): void {
  menu.setApplicationMenu(menu.buildFromTemplate(applicationMenuTemplate(options)));
}
