import { applyLanguage, i18next } from '../i18n/setup';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';
import { useMessageStore } from '../state/message-store';
import { useSettingsStore } from '../state/settings-store';
import { needsFirstRun } from '../workflow/needs-first-run';
import { reopenKeptArticle } from './reopen-kept-article';
import { reopenLastArticle } from './reopen-last-article';

/** The read-only notice duplicates the read-only banner. */
const bannerNotices = new Set(['library_read_only']);

/** Settings first (they choose the language), then the host's notices, the library and its first page. */
export async function startApp(): Promise<boolean> {
  if (!(await useSettingsStore.getState().load())) return false;
  const { settings, appInfo } = useSettingsStore.getState();
  // The first-run screen offers the user's own language until they confirm one.
  if (settings && !needsFirstRun(settings)) await applyLanguage(settings.uiLanguage);
  const messages = useMessageStore.getState();
  for (const notice of appInfo?.notices ?? []) {
    if (bannerNotices.has(notice.code)) continue;
    const key = `notices.${notice.code}`;
    messages.show(
      i18next.exists(key)
        ? { tone: 'info', key, detail: notice.message }
        : { tone: 'info', key: 'notices.other', values: { message: notice.message } },
    );
  }
  await useLibraryInfoStore.getState().load();
  if (useLibraryInfoStore.getState().info) {
    await useLibraryStore.getState().refresh();
    await reopenKeptArticle();
    await reopenLastArticle();
  }
  return true;
}
