import type { Editor } from '@tiptap/core';
import type { KeyboardEvent } from 'react';
import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePopoverDismiss } from '../components/use-popover-dismiss';
import { CommandButton } from './commands/CommandButton';
import type { CommandGroup } from './commands/editor-commands';
import { editorCommandGroups, editorCommands } from './commands/editor-commands';
import type { CommandStates } from './commands/use-command-states';
import { useCommandStates } from './commands/use-command-states';
import './toolbar.css';

/** Arrow keys move between the buttons, as in a native toolbar. */
const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const buttons = [
    ...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
  ].filter((button) => button.offsetParent !== null);
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    buttons[(index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
  next?.focus();
  event.preventDefault();
};

/** Row and column commands only show inside a table. */
const visibleCommands = (group: CommandGroup, states: CommandStates) =>
  group.commands.filter(
    (command) => !command.contextual || states[`${command.id}:enabled`] === true,
  );

export function EditorToolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const { t } = useTranslation('editor');
  const states = useCommandStates(editor, editorCommands);
  const [moreOpen, setMoreOpen] = useState(false);
  const [enterMore, setEnterMore] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const overflow = useRef<HTMLDivElement>(null);
  const closeMore = useCallback(() => setMoreOpen(false), []);
  usePopoverDismiss(moreOpen, closeMore, moreButton, overflow);
  // Opened from the keyboard: the focus goes to its first command (a click leaves it in the text).
  useEffect(() => {
    if (!moreOpen || !enterMore) return;
    overflow.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    setEnterMore(false);
  }, [moreOpen, enterMore]);

  const groups = editorCommandGroups
    .map((group) => ({ group, commands: visibleCommands(group, states) }))
    .filter(({ commands }) => commands.length > 0);
  const renderGroup = ({ group, commands }: (typeof groups)[number]) => (
    <div key={group.id} className={`editor-toolbar-group${group.secondary ? ' is-secondary' : ''}`}>
      {commands.map((command) => (
        <CommandButton
          key={command.id}
          editor={editor}
          command={command}
          states={states}
          disabled={disabled && group.id !== 'view'}
        />
      ))}
    </div>
  );

  return (
    <div className="editor-toolbar-frame">
      <div
        role="toolbar"
        aria-label={t('toolbar.label')}
        className="editor-toolbar"
        onKeyDown={moveFocus}
      >
        {groups.map((entry, index) => (
          <Fragment key={entry.group.id}>
            {index > 0 && (
              <span
                className={`editor-toolbar-separator${entry.group.secondary ? ' is-secondary' : ''}`}
                aria-hidden="true"
              />
            )}
            {renderGroup(entry)}
          </Fragment>
        ))}
        <button
          type="button"
          className="editor-command editor-toolbar-more"
          aria-expanded={moreOpen}
          aria-label={t('toolbar.more')}
          title={t('toolbar.more')}
          ref={moreButton}
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            setEnterMore(!moreOpen && event.detail === 0);
            setMoreOpen(!moreOpen);
          }}
        >
          <span aria-hidden="true">⋯</span>
        </button>
      </div>
      {moreOpen && (
        <div
          ref={overflow}
          role="group"
          aria-label={t('toolbar.more')}
          className="editor-toolbar-overflow"
          onKeyDown={moveFocus}
        >
          {groups.filter(({ group }) => group.secondary).map(renderGroup)}
        </div>
      )}
    </div>
  );
}
