import { rejectAllSuggestions } from '../../shared/editor/suggestions/document-suggestions';
import { renderArticleHtmlFragment } from '../../shared/export/render-html-fragment';
import { renderArticleMarkdown } from '../../shared/export/render-markdown';
import { useEditorSession } from '../state/editor-session';
import { useMessageStore } from '../state/message-store';
import { useSettingsStore } from '../state/settings-store';
import { writeClipboard } from './write-clipboard';

export type CopyFormat = 'html' | 'markdown';

/** Saves pending edits, renders the open article with the export renderers, copies it. */
export async function copyArticle(format: CopyFormat): Promise<void> {
  await useEditorSession.getState().saveNow();
  const current = useEditorSession.getState().article;
  if (!current) return;
  // Like the file exports, a copy holds the original text while suggestions are pending.
  const article = { ...current, body: rejectAllSuggestions(current.body) };
  const messages = useMessageStore.getState();
  try {
    if (format === 'html') {
      const nofollow = useSettingsStore.getState().settings?.linksNofollow === true;
      const html = renderArticleHtmlFragment(article, { gutenberg: false, nofollow });
      await writeClipboard(html, html);
    } else {
      await writeClipboard(renderArticleMarkdown(article));
    }
    messages.show({ tone: 'info', key: 'transfer:copy.done' });
  } catch (error) {
    messages.show({
      tone: 'error',
      key: 'transfer:copy.failed',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}
