import type { TFunction } from 'i18next';
import type { CommandHost } from '../../shared/commands/app-command';
import { appCommands } from '../../shared/commands/app-commands';
import { shortcutsOnHost } from '../../shared/commands/shortcuts-on-host';
import { editorCommands } from '../editor/commands/editor-commands';
import { formatShortcut } from '../editor/commands/format-shortcut';

export interface ShortcutHelpRow {
  label: string;
  /** Each a way to run it, as printed on the keys. */
  keys: readonly string[];
}

export interface ShortcutHelpSection {
  titleKey: 'keyboard.desk' | 'keyboard.writing';
  rows: readonly ShortcutHelpRow[];
}

/**
 * What the shortcuts help lists, read from the declared commands so it never drifts from the
 * keys that work: the desk (app commands, the list) and writing (editor commands).
 */
export function shortcutHelpSections(
  t: TFunction,
  host: CommandHost,
  mac: boolean,
): ShortcutHelpSection[] {
  const format = (shortcut: string) => formatShortcut(shortcut, mac);
  const commandRows = Object.values(appCommands)
    .map((command) => ({
      label: t(command.labelKey),
      keys: [
        ...(command.id === 'help:shortcuts' ? ['?'] : []),
        ...shortcutsOnHost(command, host).map(format),
      ],
    }))
    .filter(({ keys }) => keys.length > 0);
  const deskRows: ShortcutHelpRow[] = [
    ...commandRows,
    { label: t('keyboard.moveInList'), keys: [t('keyboard.arrows')] },
    { label: t('keyboard.openArticle'), keys: [t('keyboard.keyEnter')] },
    { label: t('keyboard.closePopup'), keys: [t('keyboard.keyEscape')] },
  ];
  const writingRows = editorCommands
    .filter((command) => command.shortcuts.length > 0)
    .map((command) => ({
      label: t(command.labelKey, { ns: 'editor' }),
      keys: command.shortcuts.map(format),
    }));
  return [
    { titleKey: 'keyboard.desk', rows: deskRows },
    { titleKey: 'keyboard.writing', rows: writingRows },
  ];
}
