import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { KeyboardEvent } from 'react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorCommand } from './commands/editor-command';
import { editorCommandGroups, editorCommands } from './commands/editor-commands';
import { ariaShortcut, formatShortcut, isMacPlatform } from './format-shortcut';

const mac = isMacPlatform();

/** Arrow keys move between the buttons, as in a native toolbar. */
const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[(index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
  next?.focus();
  event.preventDefault();
};

export function EditorToolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation('editor');
  const states = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      Object.fromEntries(
        editorCommands.map((command) => [
          command.id,
          { active: command.isActive(current), enabled: command.canRun?.(current) ?? true },
        ]),
      ),
  });

  const button = (command: EditorCommand) => {
    const label = t(command.labelKey);
    const state = states[command.id];
    return (
      <button
        key={command.id}
        type="button"
        className="editor-toolbar-button"
        aria-label={label}
        title={t('commands.withShortcut', { label, shortcut: formatShortcut(command.shortcut, mac) })}
        aria-keyshortcuts={ariaShortcut(command.shortcut, mac)}
        aria-pressed={command.toggle ? (state?.active ?? false) : undefined}
        disabled={disabled || state?.enabled === false}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => command.run(editor)}
      >
        {t(`${command.labelKey}Glyph`)}
      </button>
    );
  };

  return (
    <div role="toolbar" aria-label={t('toolbar.label')} className="editor-toolbar" onKeyDown={moveFocus}>
      {editorCommandGroups.map((group, index) => (
        <Fragment key={group[0]?.id ?? index}>
          {index > 0 && <span className="editor-toolbar-separator" aria-hidden="true" />}
          {group.map(button)}
        </Fragment>
      ))}
    </div>
  );
}
