import { useTranslation } from 'react-i18next';
import { exportPdf } from './export-pdf';
import { copyArticle } from './copy-article';
import { openExportDialog } from './open-export-dialog';
import { printArticle } from './print-article';

/** The editor bar's export group for the open article: Export…, Copy as HTML/Markdown, Export PDF…, Print…. */
export function ExportArticleButtons() {
  const { t } = useTranslation('transfer');
  return (
    <div className="button-group" role="group" aria-label={t('actions.articleTools')}>
      <button type="button" className="button" onClick={() => openExportDialog('article')}>
        {t('actions.export')}
      </button>
      <button type="button" className="button" onClick={() => void copyArticle('html')}>
        {t('actions.copyHtml')}
      </button>
      <button type="button" className="button" onClick={() => void copyArticle('markdown')}>
        {t('actions.copyMarkdown')}
      </button>
      <button type="button" className="button" onClick={() => void exportPdf()}>
        {t('actions.exportPdf')}
      </button>
      <button type="button" className="button" onClick={() => void printArticle()}>
        {t('actions.print')}
      </button>
    </div>
  );
}
