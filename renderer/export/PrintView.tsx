import { useEffect, useRef } from 'react';
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
 * everything else. It prints once mounted and goes away after the print dialog closes; for a
 * PDF it only tells the store it is laid out, and the host prints it.
 */
export function PrintView() {
  const { t } = useTranslation('transfer');
  const article = usePrintStore((state) => state.article);
  const purpose = usePrintStore((state) => state.purpose);
  const shown = usePrintStore((state) => state.shown);
  const finish = usePrintStore((state) => state.finish);

  const view = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!article || purpose !== 'pdf') return;
    const frame = requestAnimationFrame(() => {
      const images = [...(view.current?.querySelectorAll('img') ?? [])];
      // A figure still loading would be blank in the PDF; a broken one must not block it.
      void Promise.allSettled(images.map((image) => image.decode())).then(() => shown?.());
    });
    return () => cancelAnimationFrame(frame);
  }, [article, purpose, shown]);

  useEffect(() => {
    if (!article || purpose !== 'print') return;
    window.addEventListener('afterprint', finish);
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', finish);
    };
  }, [article, purpose, finish]);

  if (!article) return null;
  return createPortal(
    <section ref={view} className="print-view" aria-label={t('print.label')}>
      <PrintedArticle article={article} />
    </section>,
    document.body,
  );
}
