import type { Editor } from '@tiptap/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

const attributionOf = (editor: Editor): string => {
  const attribution: unknown = editor.getAttributes('pullQuote').attribution;
  return typeof attribution === 'string' ? attribution : '';
};

/** Wraps the selected paragraphs in a pull quote with an optional attribution, or edits/removes it. */
export function PullQuoteDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation('editor');
  const [editing] = useState(() => editor.isActive('pullQuote'));
  const [attribution, setAttribution] = useState(() => attributionOf(editor));

  const cancel = () => {
    onClose();
    editor.commands.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onClose();
    const chain = editor.chain().focus();
    const value = attribution.trim();
    if (editing) chain.updateAttributes('pullQuote', { attribution: value }).run();
    else chain.setPullQuote({ attribution: value }).run();
  };
  const remove = () => {
    onClose();
    editor.chain().focus().unsetPullQuote().run();
  };

  return (
    <Dialog
      title={t('pullQuote.title')}
      className="dialog-confirm command-dialog"
      onCancel={cancel}
    >
      <form onSubmit={submit}>
        <label className="field">
          <span className="field-label">{t('pullQuote.attribution')}</span>
          <input
            className="text-input"
            type="text"
            autoFocus
            value={attribution}
            onChange={(event) => setAttribution(event.target.value)}
          />
        </label>
        <div className="dialog-actions">
          {editing && (
            <button
              type="button"
              className="button button-danger dialog-actions-start"
              onClick={remove}
            >
              {t('pullQuote.remove')}
            </button>
          )}
          <button type="button" className="button" onClick={cancel}>
            {t('pullQuote.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t(editing ? 'pullQuote.update' : 'pullQuote.insert')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
