import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startApp } from './actions/start-app';
import { useCommandWiring } from './actions/use-command-wiring';
import { useLastArticleMemory } from './actions/use-last-article-memory';
import { useLibraryEvents } from './actions/use-library-events';
import { applyLanguage } from './i18n/setup';
import { TransferLayer } from './export/TransferLayer';
import { NewsroomLayer } from './newsroom/NewsroomLayer';
import { PublishingLayer } from './publishing/PublishingLayer';
import { ShortcutsDialog } from './keyboard/ShortcutsDialog';
import { SkipLinks } from './keyboard/SkipLinks';
import { EditorPane } from './screens/EditorPane';
import { LibraryPane } from './screens/LibraryPane';
import { Messages } from './screens/Messages';
import { ReadOnlyBanner } from './screens/ReadOnlyBanner';
import { SettingsDialog } from './screens/SettingsDialog';
import { StartFailure } from './screens/StartFailure';
import { useLibraryStore } from './library/library-store';
import { useHost } from './state/host';
import { useSavePlace } from './state/save-place';
import { SendForReviewDialog } from './packages/SendForReviewDialog';
import { useSendForReview } from './packages/send-for-review-store';
import { useSettingsStore } from './state/settings-store';
import { useUiStore } from './state/ui-store';
import { useViewStore } from './state/view-store';
import { FirstRunScreen } from './workflow/FirstRunScreen';
import { needsFirstRun } from './workflow/needs-first-run';

type Phase = 'starting' | 'ready' | 'failed';

export function App() {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>('starting');
  const language = useSettingsStore((state) => state.settings?.uiLanguage);
  const theme = useSettingsStore((state) => state.settings?.theme ?? 'system');
  const host = useHost();
  const startError = useSettingsStore((state) => state.error);
  const selectedId = useLibraryStore((state) => state.selectedId);
  const settingsOpen = useUiStore((state) => state.settingsOpen);
  const shortcutsOpen = useUiStore((state) => state.shortcutsOpen);
  const setShortcutsOpen = useUiStore((state) => state.setShortcutsOpen);
  const firstRun = useSettingsStore((state) => needsFirstRun(state.settings));
  const sendForReview = useSendForReview();
  const savePlace = useSavePlace();
  const focusMode = useViewStore((state) => state.focusMode) && selectedId !== null;

  const start = useCallback(() => {
    setPhase('starting');
    void startApp().then((started) => setPhase(started ? 'ready' : 'failed'));
  }, []);

  useEffect(start, [start]);
  // The first-run screen applies the language it offers until the user confirms it.
  useEffect(() => {
    if (language && !firstRun) void applyLanguage(language);
  }, [language, firstRun]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useCommandWiring(host);
  useLibraryEvents();
  useLastArticleMemory();

  if (phase === 'failed') return <StartFailure error={startError} onRetry={start} />;
  if (phase === 'starting' && !language) {
    return (
      <main className="start-screen">
        <p>{t('app.loading')}</p>
      </main>
    );
  }

  if (firstRun) return <FirstRunScreen userLocale={navigator.language} />;

  return (
    <div className={focusMode ? 'app is-focus-mode' : 'app'}>
      <SkipLinks />
      {!settingsOpen && (
        <div className="banners">
          <ReadOnlyBanner />
          <Messages />
        </div>
      )}
      <div className="workspace">
        <LibraryPane keyboardShortcuts={host === 'web'} />
        <main className="editor-area">
          <EditorPane articleId={selectedId} />
        </main>
      </div>
      {settingsOpen && <SettingsDialog />}
      {shortcutsOpen && (
        <ShortcutsDialog host={host ?? 'web'} onClose={() => setShortcutsOpen(false)} />
      )}
      {sendForReview.asking && (
        <SendForReviewDialog
          saveFolder={savePlace.folder}
          canSave={savePlace.canSave}
          onSend={(recipient) => void sendForReview.send(recipient)}
          onCancel={sendForReview.dismiss}
        />
      )}
      <TransferLayer />
      <NewsroomLayer />
      <PublishingLayer />
    </div>
  );
}
