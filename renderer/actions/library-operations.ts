import { useEditorSession } from '../state/editor-session';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';
import { useMessageStore } from '../state/message-store';
import { useSettingsStore } from '../state/settings-store';

/**
 * Opens or creates a library (the host asks for the folder, or opens the recent library a handle
 * names), then shows it from scratch.
 */
export async function switchLibrary(kind: 'open' | 'create', recentHandle?: string): Promise<void> {
  const messages = useMessageStore.getState();
  if (!(await useEditorSession.getState().flushAll())) {
    messages.show({ tone: 'error', key: 'settings.unsavedBeforeSwitch' });
    return;
  }
  const outcome = await useLibraryInfoStore.getState().switchLibrary(kind, recentHandle);
  switch (outcome.kind) {
    case 'cancelled':
      return;
    case 'failed':
      messages.showError(outcome.error);
      return;
    case 'done':
      messages.show({
        tone: 'info',
        key: kind === 'open' ? 'settings.libraryOpened' : 'settings.libraryCreated',
      });
      useLibraryStore.getState().select(null);
      await Promise.all([useLibraryStore.getState().refresh(), useSettingsStore.getState().load()]);
      return;
  }
}

export async function backupLibrary(): Promise<void> {
  const outcome = await useLibraryInfoStore.getState().backup();
  const messages = useMessageStore.getState();
  if (outcome.kind === 'failed') messages.showError(outcome.error);
  if (outcome.kind === 'done')
    messages.show({ tone: 'info', key: 'settings.backupDone', values: { path: outcome.value } });
}
