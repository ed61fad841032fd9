import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { provideCommand } from '../actions/user-commands';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useEditorSession } from '../state/editor-session';
import { useLibraryStore } from '../library/library-store';

export function DeleteArticleButton({
  articleId,
  headline,
}: {
  articleId: string;
  headline: string;
}) {
  const { t } = useTranslation('editor');
  const [confirming, setConfirming] = useState(false);
  const saveNow = useEditorSession((state) => state.saveNow);

  useEffect(() => provideCommand('article:delete', () => setConfirming(true)), []);

  const confirm = async () => {
    setConfirming(false);
    // The trash keeps what was typed up to the last keystroke.
    await saveNow();
    await useLibraryStore.getState().trashArticle(articleId);
  };

  return (
    <>
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        {t('delete.button')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('delete.title')}
          text={t('delete.message', { headline: headline.trim() || t('delete.untitled') })}
          confirmLabel={t('delete.confirm')}
          cancelLabel={t('delete.cancel')}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
