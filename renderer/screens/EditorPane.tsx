import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { provideCommand } from '../actions/user-commands';
import { CommentsPanel } from '../comments/CommentsPanel';
import { CommentsToggle } from '../comments/CommentsToggle';
import { SaveStatusText } from '../components/editor/SaveStatusText';
import { ArticleEditor } from '../editor/ArticleEditor';
import { TypingSink } from '../editor/TypingSink';
import { ConflictDialog } from '../editor/ConflictDialog';
import { DeleteArticleButton } from './DeleteArticleButton';
import { ExportArticleButtons } from '../export/ExportArticleButtons';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { StatusControl } from '../editor/StatusControl';
import { knownHost } from '../state/host';
import { useUiStore } from '../state/ui-store';
import { useEditorSession } from '../state/editor-session';
import { useRevisions } from '../revisions/revisions-store';
import { installUnloadFlush } from '../state/editor-unload';
import { followArticleUpdates } from '../state/follow-article-updates';
import { usePanelOpen, useSidePanel } from '../state/side-panel-store';
import { MetadataPanel } from '../metadata/MetadataPanel';
import { PresenceList } from '../presence/PresenceList';
import { followPresence, usePresence } from '../presence/presence-store';
import { useConflict } from '../packages/conflict-store';
import { PackageConflictBanner } from '../packages/PackageConflictBanner';
import { SendForReviewButton } from './SendForReviewButton';
import { SyncStateTag } from '../newsroom/SyncStateTag';
import { ArticlePublishing } from './ArticlePublishing';
import { useNewsroomStore } from '../newsroom/newsroom-store';
import { CountsStatusBar } from '../status-bar/CountsStatusBar';
import { SuggestionsControls } from '../suggestions/SuggestionsControls';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';
import { useTypographyReport } from '../typography/fix-typography-action';
import { restoreOpenArticle } from '../trash/restore-open-article';
import { TrashedArticleBanner } from '../trash/TrashedArticleBanner';
import { useArticleSource } from '../wire/article-source-store';
import { WireSourceBanner } from '../wire/WireSourceBanner';

export function EditorPane({ articleId }: { articleId: string | null }) {
  const { t } = useTranslation('editor');
  const open = useEditorSession((state) => state.open);
  const saveNow = useEditorSession((state) => state.saveNow);
  const loadedId = useEditorSession((state) => state.article?.id ?? null);
  const headline = useEditorSession((state) => state.article?.headline ?? '');
  const status = useEditorSession((state) => state.article?.status ?? 'draft');
  const generation = useEditorSession((state) => state.generation);
  const loading = useEditorSession((state) => state.loading);
  const busy = useEditorSession((state) => state.busy);
  const save = useEditorSession((state) => state.save);
  const newsroom = useNewsroomStore((state) => state.newsroom);
  const failure = useEditorSession((state) => state.failure);
  const peers = usePresence((state) => state.peers);
  // A trashed article is read, not written: its saves would be refused as a false conflict.
  const trashed = useEditorSession((state) => (state.article?.trashedAt ?? null) !== null);
  const [restoring, setRestoring] = useState(false);
  const bodyRequested = useUiStore(
    (state) => articleId !== null && state.bodyFocusRequest === articleId,
  );
  const resolving = useConflict(
    (state) => state.resolvingId !== null && state.resolvingId === loadedId,
  );
  const panelOpen = usePanelOpen('versions');
  const setPanelOpen = useRevisions((state) => state.setPanelOpen);
  const setNaming = useRevisions((state) => state.setNaming);
  const detailsId = useId();
  const detailsOpen = usePanelOpen('details');
  const setSidePanelOpen = useSidePanel((state) => state.setPanelOpen);

  const wireSource = useArticleSource((state) => state.source);
  const loadWireSource = useArticleSource((state) => state.load);
  useEffect(() => {
    void open(articleId);
  }, [articleId, open]);
  useEffect(() => {
    void loadWireSource(articleId);
  }, [articleId, loadWireSource]);
  useEffect(() => useTypographyReport.setState({ corrections: null }), [loadedId]);
  useEffect(() => installUnloadFlush(useEditorSession, knownHost), []);
  useEffect(followArticleUpdates, []);
  useEffect(followPresence, []);
  useEffect(() => provideCommand('article:saveVersion', () => setNaming(true)), [setNaming]);
  useEffect(() => provideCommand('article:save', () => void saveNow()), [saveNow]);

  // Kept at the same place in every branch: it holds the focus until the body takes it.
  const sink = bodyRequested && !failure ? <TypingSink label={t('pane.loading')} /> : null;
  if (articleId === null || (loadedId === null && !loading && !failure)) {
    return (
      <>
        {sink}
        <section className="editor-pane is-empty" aria-label={t('pane.label')}>
          <p>{t('pane.empty')}</p>
        </section>
      </>
    );
  }
  if (loadedId === null) {
    return (
      <>
        {sink}
        <section className="editor-pane is-empty" aria-label={t('pane.label')} aria-busy={loading}>
          {failure?.action === 'load' ? (
            <p role="alert">
              {t('pane.loadFailed', { reason: t(`errors.${failure.error.code}`) })}
            </p>
          ) : (
            <p>{t('pane.loading')}</p>
          )}
        </section>
      </>
    );
  }

  const conflict = save.kind === 'conflict';
  const readOnly = busy || conflict || resolving || trashed;
  const restore = async () => {
    setRestoring(true);
    await restoreOpenArticle();
    setRestoring(false);
  };
  return (
    <>
      {sink}
      <section className="editor-pane" aria-label={t('pane.label')}>
        <div className="editor-bar">
          <StatusControl status={status} disabled={busy || conflict || trashed} />
          <button
            type="button"
            className="button"
            aria-expanded={detailsOpen}
            aria-controls={detailsOpen ? detailsId : undefined}
            onClick={() => setSidePanelOpen('details', !detailsOpen)}
          >
            {t(detailsOpen ? 'metadata.hide' : 'metadata.show')}
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={panelOpen}
            onClick={() => setPanelOpen(!panelOpen)}
          >
            {t('revisions.button')}
          </button>
          <CommentsToggle />
          <SuggestionsControls />
          <span className="editor-bar-gap" aria-hidden="true" />
          <PresenceList peers={peers} />
          {!trashed && <ArticlePublishing disabled={busy || conflict} />}
          {!trashed && <SendForReviewButton />}
          <ExportArticleButtons />
          {!trashed && (
            <DeleteArticleButton articleId={loadedId} headline={headline} status={status} />
          )}
          <SyncStateTag newsroom={newsroom} articleId={loadedId} />
          <SaveStatusText status={save} />
        </div>
        {trashed && <TrashedArticleBanner restoring={restoring} onRestore={() => void restore()} />}
        <PackageConflictBanner />
        {wireSource !== null && <WireSourceBanner source={wireSource} />}
        {failure?.action === 'status' && (
          <p role="alert" className="editor-failure">
            {t('status.failed', { reason: t(`errors.${failure.error.code}`) })}
          </p>
        )}
        <div className="editor-main">
          <ArticleEditor key={`${loadedId}:${generation}`} readOnly={readOnly} />
          {detailsOpen && (
            <MetadataPanel
              key={`details:${loadedId}:${generation}`}
              id={detailsId}
              readOnly={readOnly}
            />
          )}
          {panelOpen && <RevisionsPanel articleId={loadedId} />}
          <CommentsPanel readOnly={readOnly} />
          <SuggestionsPanel readOnly={readOnly} />
        </div>
        <CountsStatusBar />
        {conflict && <ConflictDialog />}
      </section>
    </>
  );
}
