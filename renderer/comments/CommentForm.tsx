import type { Editor } from '@tiptap/core';
import type { FormEvent, KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { quoteOf } from './comment-thread-changes';
import { useComments } from './comments-store';
import { useCommentAuthor } from './use-comment-author';
import './comments.css';

/** "Add comment": the first message of a new thread on the selected text. */
export function CommentForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation('comments');
  const author = useCommentAuthor();
  const [quote] = useState(() => quoteOf(useComments.getState().editor?.selectedText() ?? ''));
  const [text, setText] = useState('');

  const cancel = () => {
    onClose();
    editor.commands.focus();
  };
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '') return;
    onClose();
    useComments.getState().addComment(text, author);
  };
  const submitOnModEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <Dialog title={t('form.title')} className="dialog-confirm command-dialog" onCancel={cancel}>
      <form onSubmit={submit}>
        {quote !== '' && <p className="comment-form-quote">{t('form.quote', { quote })}</p>}
        <label className="field">
          <span className="field-label">{t('form.label')}</span>
          <textarea
            className="text-input comment-textarea"
            rows={3}
            autoFocus
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={submitOnModEnter}
          />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={cancel}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={text.trim() === ''}>
            {t('form.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
