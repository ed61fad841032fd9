import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { useEditorSession } from '../state/editor-session';
import { CorrectionDialog } from './CorrectionDialog';
import { OutboxView } from './OutboxView';
import { usePublishingStore } from './publishing-store';
import './publishing.css';

/** Follows the outbox for the whole page; the outbox and correction dialogs when asked. */
export function PublishingLayer() {
  const { t } = useTranslation('publishing');
  const outboxOpen = usePublishingStore((state) => state.outboxOpen);
  const setOutboxOpen = usePublishingStore((state) => state.setOutboxOpen);
  const correcting = usePublishingStore((state) => state.correcting);
  const correct = usePublishingStore((state) => state.correct);
  const dismissCorrection = usePublishingStore((state) => state.dismissCorrection);
  const error = usePublishingStore((state) => state.error);
  const headline = useEditorSession((state) =>
    state.article?.id === correcting ? state.article?.headline : '',
  );

  useEffect(() => {
    const { load, follow } = usePublishingStore.getState();
    const stop = follow();
    void load();
    return stop;
  }, []);

  return (
    <>
      {outboxOpen && (
        <Dialog
          title={t('outbox.title')}
          className="outbox-dialog"
          onCancel={() => setOutboxOpen(false)}
        >
          <OutboxView bare />
          {error !== null && <p role="alert">{error.message}</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setOutboxOpen(false)}>
              {t('outbox.close')}
            </button>
          </div>
        </Dialog>
      )}
      {correcting !== null && (
        <CorrectionDialog
          headline={headline ?? ''}
          error={error?.message ?? null}
          onPublish={(text) => void correct(correcting, text)}
          onCancel={dismissCorrection}
        />
      )}
    </>
  );
}
