import { useVirtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleRow, type RowClick } from '../components/ArticleRow';
import { PlaceholderRow } from '../components/PlaceholderRow';
import { useNow } from '../components/use-now';
import { useLibraryStore } from '../library/library-store';
import { useUiStore } from '../state/ui-store';
import { SyncStateTag } from '../newsroom/SyncStateTag';
import { ArticlePublishState } from '../publishing/ArticlePublishState';
import { useNewsroomStore } from '../newsroom/newsroom-store';

const rowHeight = 84;
const rowHeightWithSnippet = 116;
const pageJump = 10;

const nextIndex = (key: string, current: number, total: number): number | null => {
  switch (key) {
    case 'ArrowDown':
      return Math.min(total - 1, current + 1);
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'PageDown':
      return Math.min(total - 1, current + pageJump);
    case 'PageUp':
      return Math.max(0, current - pageJump);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
};

/** The virtualised article list: only the visible rows exist, pages load as they scroll into view. */
export function ArticleList() {
  const { t } = useTranslation('library');
  const items = useLibraryStore((state) => state.items);
  const total = useLibraryStore((state) => state.total);
  const selectedId = useLibraryStore((state) => state.selectedId);
  const trash = useLibraryStore((state) => state.query.trash);
  const newsroom = useNewsroomStore((state) => state.newsroom);
  const searching = useLibraryStore((state) => state.query.text.trim() !== '');
  const ensureRange = useLibraryStore((state) => state.ensureRange);
  const select = useLibraryStore((state) => state.select);
  const restoreArticle = useLibraryStore((state) => state.restoreArticle);
  const checkedIds = useLibraryStore((state) => state.checkedIds);
  const toggleChecked = useLibraryStore((state) => state.toggleChecked);
  const checkRange = useLibraryStore((state) => state.checkRange);
  const listFocusRequest = useUiStore((state) => state.listFocusRequest);
  const focusBody = useUiStore((state) => state.focusBody);
  const now = useNow();

  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const scrolledToSelection = useRef<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);

  const size = searching ? rowHeightWithSnippet : rowHeight;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => size,
    overscan: 6,
  });
  useEffect(() => virtualizer.measure(), [size, virtualizer]);

  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (last >= first) ensureRange(first, last);
  }, [first, last, items, ensureRange]);

  useEffect(() => {
    if (activeIndex >= total) setActiveIndex(Math.max(0, total - 1));
  }, [activeIndex, total]);

  useEffect(() => {
    if (selectedId === null || scrolledToSelection.current === selectedId) return;
    const index = items.findIndex((item) => item?.id === selectedId);
    if (index < 0) return;
    scrolledToSelection.current = selectedId;
    setActiveIndex(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, items, virtualizer]);

  useEffect(() => {
    if (!focusPending.current) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (row) {
      focusPending.current = false;
      row.focus();
    }
  });

  useEffect(() => {
    if (listFocusRequest === 0) return;
    const row = listRef.current?.querySelector<HTMLElement>('[data-index][tabindex="0"]');
    (row ?? listRef.current)?.focus();
  }, [listFocusRequest]);

  const check = (id: string, click: RowClick) => {
    if (click.range) checkRange(id);
    else toggleChecked(id);
  };

  const open = (id: string, index: number) => {
    setActiveIndex(index);
    scrolledToSelection.current = id;
    select(id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (total === 0) return;
    if (event.key === 'Enter' || event.key === ' ') {
      const article = items[activeIndex];
      if (
        article &&
        event.target instanceof HTMLElement &&
        event.target.dataset.index !== undefined
      ) {
        event.preventDefault();
        open(article.id, activeIndex);
        // Enter is "open and write"; Space opens and leaves the focus in the list.
        if (event.key === 'Enter') focusBody(article.id);
      }
      return;
    }
    const next = nextIndex(event.key, activeIndex, total);
    if (next === null) return;
    event.preventDefault();
    setActiveIndex(next);
    focusPending.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const tabbable = rows.some((row) => row.index === activeIndex) ? activeIndex : first;

  return (
    <div ref={scrollRef} className="list-scroll">
      <div
        ref={listRef}
        role="list"
        aria-label={t('list.label')}
        tabIndex={-1}
        className="article-list"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {rows.map((row) => {
          const article = items[row.index];
          const style = { height: row.size, transform: `translateY(${row.start}px)` };
          return article ? (
            <ArticleRow
              key={article.id}
              article={article}
              index={row.index}
              setSize={total}
              selected={article.id === selectedId}
              focusable={row.index === tabbable}
              trash={trash}
              now={now}
              style={style}
              onOpen={open}
              onRestore={(id) => void restoreArticle(id)}
              checked={checkedIds.has(article.id)}
              onCheck={trash ? undefined : check}
              syncState={<SyncStateTag newsroom={newsroom} articleId={article.id} />}
              publishState={<ArticlePublishState articleId={article.id} />}
            />
          ) : (
            <PlaceholderRow
              key={`placeholder-${row.index}`}
              index={row.index}
              setSize={total}
              style={style}
            />
          );
        })}
      </div>
    </div>
  );
}
