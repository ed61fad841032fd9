import type { Editor } from '@tiptap/core';
import { BubbleMenu } from '@tiptap/react/menus';
import { useTranslation } from 'react-i18next';
import { CommandButton } from '../commands/CommandButton';
import { bubbleMenuCommands } from '../commands/editor-commands';
import { useCommandStates } from '../commands/use-command-states';
import { shouldShowBubbleMenu } from './should-show-bubble-menu';

const placement = { placement: 'top', offset: 8, flip: true, shift: { padding: 8 } } as const;

/** A small menu over selected text: bold, italic, link, heading, quote — the toolbar's own commands. */
export function SelectionBubbleMenu({ editor }: { editor: Editor }) {
  const { t } = useTranslation('editor');
  const states = useCommandStates(editor, bubbleMenuCommands);
  return (
    <BubbleMenu
      editor={editor}
      shouldShow={shouldShowBubbleMenu}
      options={placement}
      className="bubble-menu"
    >
      <div role="toolbar" aria-label={t('bubbleMenu.label')} className="bubble-menu-bar">
        {bubbleMenuCommands.map((command) => (
          <CommandButton
            key={command.id}
            editor={editor}
            command={command}
            states={states}
            disabled={false}
          />
        ))}
      </div>
    </BubbleMenu>
  );
}
