import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { UiLanguage } from '../../shared/model/settings';
import { menuLabels } from './menu-labels';

export interface MenuOptions {
  language: UiLanguage;
  isPackaged: boolean;
  platform: string;
  /** Sends `menu:command` to the focused Copydesk window. */
  send(command: MenuCommand): void;
}

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = menuLabels[options.language];
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.send(name),
  });
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
        command(labels.newArticle, 'article:new', 'CmdOrCtrl+N'),
        { type: 'separator' },
        command(labels.openLibrary, 'library:open', 'CmdOrCtrl+O'),
        command(labels.newLibrary, 'library:create'),
        command(labels.backUpLibrary, 'library:backup'),
        { type: 'separator' },
        command(labels.exportArticles, 'article:export', 'CmdOrCtrl+E'),
        command(labels.print, 'article:print', 'CmdOrCtrl+P'),
        command(labels.sendForReview, 'article:sendForReview'),
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
      ],
    },
    {
      label: labels.view,
      submenu: [
        command(labels.find, 'view:focusSearch', 'CmdOrCtrl+F'),
        { type: 'separator' },
        ...developerItems,
        { role: 'resetZoom', label: labels.actualSize },
        { role: 'zoomIn', label: labels.zoomIn },
        { role: 'zoomOut', label: labels.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: labels.fullScreen },
      ],
    },
    { label: labels.help, role: 'help', submenu: [{ role: 'about', label: labels.about }] },
  ];
  return options.platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}

export function installApplicationMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  options: MenuOptions,
): void {
  menu.setApplicationMenu(menu.buildFromTemplate(applicationMenuTemplate(options)));
}
