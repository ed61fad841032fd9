import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { useEditorSession } from '../state/editor-session';

const ignoreEscape = () => undefined;

/** Shown when a save was refused because someone else saved first; a choice is required. */
export function ConflictDialog() {
  const { t } = useTranslation('editor');
  const failure = useEditorSession((state) => state.failure);
  const keepBoth = useEditorSession((state) => state.keepBoth);
  const reloadTheirs = useEditorSession((state) => state.reloadTheirs);
  const [working, setWorking] = useState(false);

  const run = (action: () => Promise<boolean>) => {
    setWorking(true);
    void action().finally(() => setWorking(false));
  };
  const reason = failure ? t(`errors.${failure.error.code}`) : '';
  const problem =
    failure?.action === 'keepBoth'
      ? t('conflict.keepBothFailed', { reason })
      : failure?.action === 'reload'
        ? t('conflict.reloadFailed', { reason })
        : null;

  return (
    <Dialog title={t('conflict.title')} className="conflict-dialog" onCancel={ignoreEscape}>
      <p className="dialog-text">{t('conflict.explanation')}</p>
      {problem && (
        <p role="alert" className="editor-failure">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          disabled={working}
          onClick={() => run(reloadTheirs)}
        >
          {t('conflict.reloadTheirs')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={working}
          onClick={() => run(() => keepBoth(t('conflict.copySuffix')))}
        >
          {t('conflict.keepBoth')}
        </button>
      </div>
    </Dialog>
  );
}
