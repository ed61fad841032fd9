import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RevisionList } from './RevisionList';
import { VersionNameForm } from './VersionNameForm';
import { ComparePanel } from '../diff/ComparePanel';
import { useEditorSession } from '../state/editor-session';
import { useRevisions } from './revisions-store';
import { ReadOnlyBody } from '../editor/ReadOnlyBody';

export function RevisionsPanel({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation('editor');
  const { t: tDiff } = useTranslation('diff');
  const revisions = useRevisions();
  const generation = useEditorSession((state) => state.generation);
  const { load } = revisions;
  const [wide, setWide] = useState(false);
  const fullWidth = wide && revisions.comparing;

  useEffect(() => {
    void load(articleId);
  }, [articleId, generation, load]);

  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const formatDate = (iso: string) => dateFormat.format(new Date(iso));
  const { preview, failure } = revisions;

  return (
    <aside
      className={
        fullWidth ? 'side-panel revisions-panel is-full-width' : 'side-panel revisions-panel'
      }
      aria-label={t('revisions.panel')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !fullWidth) return;
        event.preventDefault();
        setWide(false);
      }}
    >
      <header className="side-panel-header">
        <h2>{t('revisions.panel')}</h2>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => revisions.setPanelOpen(false)}
        >
          {t('revisions.close')}
        </button>
      </header>
      {failure && (
        <p role="alert" className="editor-failure">
          {t(`revisions.${failure.action === 'list' ? 'failed' : `${failure.action}Failed`}`, {
            reason: t(`errors.${failure.error.code}`),
          })}
        </p>
      )}
      {revisions.comparing ? (
        <ComparePanel
          articleId={articleId}
          items={revisions.items}
          formatDate={formatDate}
          onRestoreVersion={(revisionId) => void revisions.restore(revisionId)}
          onBack={() => {
            setWide(false);
            revisions.setComparing(false);
          }}
          fullWidth={fullWidth}
          onToggleFullWidth={() => setWide(!fullWidth)}
        />
      ) : preview ? (
        <section
          className="revision-preview"
          aria-label={t('revisions.preview', { date: formatDate(preview.createdAt) })}
        >
          <h3>{t('revisions.preview', { date: formatDate(preview.createdAt) })}</h3>
          <p className="revision-preview-headline">{preview.fields.headline}</p>
          <ReadOnlyBody content={preview.fields.body} label={t('revisions.previewBody')} />
          <div className="editor-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void revisions.restorePreview()}
            >
              {t('revisions.restore')}
            </button>
            <button type="button" className="button" onClick={revisions.closePreview}>
              {t('revisions.back')}
            </button>
          </div>
        </section>
      ) : (
        <>
          {revisions.naming ? (
            <VersionNameForm
              onSave={(name) => void revisions.saveVersion(name)}
              onCancel={() => revisions.setNaming(false)}
            />
          ) : (
            <div className="editor-actions">
              <button type="button" className="button" onClick={() => revisions.setNaming(true)}>
                {t('revisions.saveVersion')}
              </button>
              <button
                type="button"
                className="button"
                disabled={revisions.items.length === 0}
                onClick={() => revisions.setComparing(true)}
              >
                {tDiff('compare')}
              </button>
            </div>
          )}
          {revisions.loading && revisions.items.length === 0 && <p>{t('revisions.loading')}</p>}
          {!revisions.loading && revisions.items.length === 0 && <p>{t('revisions.empty')}</p>}
          <RevisionList
            items={revisions.items}
            formatDate={formatDate}
            onOpen={(id) => void revisions.openPreview(id)}
          />
        </>
      )}
    </aside>
  );
}
