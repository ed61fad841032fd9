import { safeFileName } from '../../shared/export/safe-file-name';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { printArticle } from './print-article';
import { usePrintStore } from './print-store';
import { knownHost } from '../state/host';
import { useEditorSession } from '../state/editor-session';
import { useMessageStore } from '../state/message-store';

/**
 * Export PDF…: in the app, the host prints the print view to a file the user chooses; in
 * browser mode, the browser's print dialog, whose "Save as PDF" does the same.
 */
export async function exportPdf(): Promise<void> {
  if (knownHost() !== 'electron') return printArticle();
  await useEditorSession.getState().saveNow();
  const article = useEditorSession.getState().article;
  if (!article) return;
  const print = usePrintStore.getState();
  await print.showForPdf(article);
  const suggestedName = safeFileName(article.slug || article.headline, 'pdf');
  const result = await copydeskBridge()
    .export.pdf({ suggestedName })
    .finally(() => usePrintStore.getState().finish());
  const messages = useMessageStore.getState();
  if (!result.ok) {
    if (result.error.code === 'unavailable') return printArticle();
    messages.showError(result.error);
  } else if (result.value !== null) {
    messages.show({ tone: 'info', key: 'transfer:pdf.done', values: { path: result.value.path } });
  }
}
