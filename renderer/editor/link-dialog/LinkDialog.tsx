import type { Editor } from '@tiptap/core';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { applyLink, currentLinkAddress, removeLink } from './apply-link';
import { checkLinkAddress } from './check-link-address';

/** Ctrl/Cmd+K: an address field; a refused address is explained and never applied. */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation('editor');
  const [initial] = useState(() => currentLinkAddress(editor));
  const [address, setAddress] = useState(initial);
  const [problem, setProblem] = useState<'empty' | 'refused' | null>(null);
  const errorId = useId();

  const cancel = () => {
    onClose();
    editor.commands.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkLinkAddress(address);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    onClose();
    applyLink(editor, checked.href);
  };
  const remove = () => {
    onClose();
    removeLink(editor);
  };

  return (
    <Dialog title={t('link.title')} className="dialog-confirm command-dialog" onCancel={cancel}>
      <form onSubmit={submit} noValidate>
        <label className="field">
          <span className="field-label">{t('link.address')}</span>
          <input
            className="text-input"
            type="text"
            inputMode="url"
            autoFocus
            spellCheck={false}
            value={address}
            placeholder="https://"
            aria-invalid={problem !== null}
            aria-describedby={problem === null ? undefined : errorId}
            onChange={(event) => {
              setAddress(event.target.value);
              setProblem(null);
            }}
          />
        </label>
        {problem !== null && (
          <p id={errorId} role="alert" className="field-error">
            {t(problem === 'empty' ? 'link.empty' : 'link.refused')}
          </p>
        )}
        <div className="dialog-actions">
          {initial !== '' && (
            <button
              type="button"
              className="button button-danger dialog-actions-start"
              onClick={remove}
            >
              {t('link.remove')}
            </button>
          )}
          <button type="button" className="button" onClick={cancel}>
            {t('link.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('link.apply')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
