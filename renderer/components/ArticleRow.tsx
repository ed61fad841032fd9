import type { ChangeEvent, CSSProperties, KeyboardEvent, MouseEvent, ReactNode } from 'react';
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
  /** Ticked for a batch action; without `onCheck` the row has no checkbox. */
  checked?: boolean;
  onCheck?: (id: string, click: RowClick) => void;
  /** The article's newsroom sync state, when it is not synced. */
  syncState?: ReactNode;
  /** The article's publishing state (queued, sending, published at…, failed), if any. */
  publishState?: ReactNode;
}

/** Ctrl/Cmd+click toggles the tick, Shift+click ticks a range. */
export interface RowClick {
  toggle: boolean;
  range: boolean;
}

const rowClick = (event: MouseEvent | ChangeEvent): RowClick => {
  const native = event.nativeEvent as Partial<globalThis.MouseEvent>;
  return {
    toggle: Boolean(native.ctrlKey ?? false) || Boolean(native.metaKey ?? false),
    range: Boolean(native.shiftKey ?? false),
  };
};

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
  checked = false,
  onCheck,
  syncState,
  publishState,
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
  const conflict = article.inConflict ? t('list.conflict') : '';
  const details = [status, conflict, bylines, article.section, updated, words]
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
      onClick={(event) => {
        const click = rowClick(event);
        if (onCheck && (click.toggle || click.range)) onCheck(article.id, click);
        else onOpen(article.id, index);
      }}
    >
      <div className="row-top">
        {onCheck && (
          <input
            type="checkbox"
            className="row-check"
            checked={checked}
            aria-label={t('transfer:list.check', { headline })}
            onClick={(event) => event.stopPropagation()}
            onChange={(event) => onCheck(article.id, rowClick(event))}
            onKeyDown={keepKeys}
          />
        )}
        <span className="row-headline" lang={article.language}>
          {headline}
        </span>
      </div>
      <div className="row-meta">
        <span className={`status-badge status-${article.status}`}>{status}</span>
        {article.inConflict && (
          <span className="conflict-badge" title={t('list.conflictTitle')}>
            {t('list.conflict')}
          </span>
        )}
        {syncState}
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
        {publishState}
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
