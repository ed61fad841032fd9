import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../shared/model/status';
import { provideCommand } from '../actions/user-commands';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useEditorSession } from '../state/editor-session';
import { useLibraryStore } from '../library/library-store';

export function DeleteArticleButton({
  articleId,
  headline,
  status,
}: {
  articleId: string;
  headline: string;
  status: Status;
}) {
  const { t } = useTranslation('editor');
  const [confirming, setConfirming] = useState(false);
  const saveNow = useEditorSession((state) => state.saveNow);
  // Readers may already have a published article: deleting it here does not take it down.
  const wording = status === 'published' ? 'deletePublished' : 'delete';

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
          title={t(`${wording}.title`)}
          text={t(`${wording}.message`, { headline: headline.trim() || t('delete.untitled') })}
          confirmLabel={t(`${wording}.confirm`)}
          cancelLabel={t('delete.cancel')}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
