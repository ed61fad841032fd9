import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../shared/model/article';
import { DeadlineMarker } from './DeadlineMarker';
import { deadlineState } from './deadline-state';
import { formatLongDate, formatShortDate } from './format-date';
import { formatNumber } from './format-number';
import { SnippetText } from './SnippetText';

export interface ArticleRowProps {
  article: ArticleSummary;
  index: number;
  setSize: number;
  selected: boolean;
  /** The row that takes Tab focus in the list (roving tabindex). */
  focusable: boolean;
  trash: boolean;
  now: Date;
  style: CSSProperties;
  onOpen: (id: string, index: number) => void;
  onRestore: (id: string) => void;
}

export function ArticleRow({
  article,
  index,
  setSize,
  selected,
  focusable,
  trash,
  now,
  style,
  onOpen,
  onRestore,
}: ArticleRowProps) {
  const { t, i18n } = useTranslation('library');
  const language = i18n.language;
  const headline = article.headline.trim() || t('list.untitled');
  const status = t(`common:status.${article.status}`);
  const bylines = article.bylines.map((byline) => byline.name).join(', ');
  const updated = formatShortDate(article.updatedAt, language, now);
  const words = t('list.words', {
    count: article.words,
    formatted: formatNumber(article.words, language),
  });
  const deadline = deadlineState(article.deadline, article.status, now);
  const details = [status, bylines, article.section, updated, words]
    .filter((part) => part !== '')
    .join(', ');

  const restore = (event: MouseEvent) => {
    event.stopPropagation();
    onRestore(article.id);
  };
  const keepKeys = (event: KeyboardEvent) => event.stopPropagation();

  return (
    <div
      role="listitem"
      className={`article-row${selected ? ' is-selected' : ''}${article.headline.trim() ? '' : ' is-untitled'}`}
      aria-label={t('list.rowLabel', { headline, details })}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-current={selected ? 'true' : undefined}
      tabIndex={focusable ? 0 : -1}
      data-index={index}
      style={style}
      onClick={() => onOpen(article.id, index)}
    >
      <div className="row-top">
        <span className="row-headline" lang={article.language}>
          {headline}
        </span>
      </div>
      <div className="row-meta">
        <span className={`status-badge status-${article.status}`}>{status}</span>
        {bylines && <span className="row-bylines">{bylines}</span>}
        {article.section && <span className="row-section">{article.section}</span>}
      </div>
      {article.snippet && (
        <p className="row-snippet" lang={article.language}>
          <SnippetText snippet={article.snippet} />
        </p>
      )}
      <div className="row-foot">
        <time dateTime={article.updatedAt} title={formatLongDate(article.updatedAt, language)}>
          {updated}
        </time>
        <span className="row-words">{words}</span>
        <DeadlineMarker state={deadline} deadline={article.deadline} />
        {trash && (
          <button
            type="button"
            className="button button-small"
            onClick={restore}
            onKeyDown={keepKeys}
          >
            {t('trash.restore')}
          </button>
        )}
      </div>
    </div>
  );
}
