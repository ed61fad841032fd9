import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { bylineLabelsFor } from '../../shared/export/byline-html';
import { displayDate } from '../../shared/export/dateline-html';
import type { Article } from '../../shared/model/article';
import { formatLongDate } from '../components/format-date';
import { ArticleBodyElements } from './ArticleBodyElements';
import { usePrintStore } from './print-store';
import './print.css';

function PrintedArticle({ article }: { article: Article }) {
  const labels = bylineLabelsFor(article.language);
  const place = article.dateline.place;
  return (
    <article lang={article.language}>
      <header>
        <h1>{article.headline}</h1>
        {article.standfirst !== '' && <p className="standfirst">{article.standfirst}</p>}
        {article.bylines.length > 0 && (
          <p className="byline">
            {article.bylines.map(({ name, role }) => `${labels[role]}${name}`).join(', ')}
          </p>
        )}
        <p className="dateline">
          {place !== '' && `${place}, `}
          {article.dateline.date === '' ? (
            <time dateTime={article.createdAt}>
              {formatLongDate(article.createdAt, article.language)}
            </time>
          ) : (
            <time dateTime={article.dateline.date}>
              {displayDate(article.dateline.date, article.language)}
            </time>
          )}
        </p>
      </header>
      <ArticleBodyElements body={article.body} />
    </article>
  );
}

/**
 * The open article laid out for paper, outside the app's root: the print stylesheet hides
 * everything else. It prints once mounted and goes away after the print dialog closes.
 */
export function PrintView() {
  const { t } = useTranslation('transfer');
  const article = usePrintStore((state) => state.article);
  const finish = usePrintStore((state) => state.finish);

  useEffect(() => {
    if (!article) return;
    window.addEventListener('afterprint', finish);
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', finish);
    };
  }, [article, finish]);

  if (!article) return null;
  return createPortal(
    <section className="print-view" aria-label={t('print.label')}>
      <PrintedArticle article={article} />
    </section>,
    document.body,
  );
}
