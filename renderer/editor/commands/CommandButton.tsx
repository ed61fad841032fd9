import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { ariaShortcut, formatShortcut, isMacPlatform } from './format-shortcut';
import type { EditorCommand } from './editor-command';
import type { CommandStates } from './use-command-states';

const mac = isMacPlatform();

/** One command as a button: the same in the toolbar, its "More" menu and the bubble menu. */
export function CommandButton(props: {
  editor: Editor;
  command: EditorCommand;
  states: CommandStates;
  disabled: boolean;
}) {
  const { editor, command, states, disabled } = props;
  const { t } = useTranslation('editor');
  const label = t(command.labelKey);
  const [shortcut] = command.shortcuts;
  return (
    <button
      type="button"
      className={`editor-command editor-command-${command.id}`}
      aria-label={label}
      title={
        shortcut === undefined
          ? label
          : t('commands.withShortcut', { label, shortcut: formatShortcut(shortcut, mac) })
      }
      aria-keyshortcuts={
        command.shortcuts.map((each) => ariaShortcut(each, mac)).join(' ') || undefined
      }
      aria-pressed={command.toggle ? (states[command.id] ?? false) : undefined}
      disabled={disabled || states[`${command.id}:enabled`] === false}
      // Keeps the selection in the body: the command applies to what the writer selected.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => command.run(editor)}
    >
      {command.icon === undefined ? (
        <span aria-hidden="true">{t(`${command.labelKey}Glyph`)}</span>
      ) : (
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path d={command.icon} />
        </svg>
      )}
    </button>
  );
}
