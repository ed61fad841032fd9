import { useTranslation } from 'react-i18next';
import { formatNumber } from '../components/format-number';
import { useLibraryStore } from '../library/library-store';

/** The result count, or why the list is empty. */
export function ListSummary() {
  const { t, i18n } = useTranslation('library');
  const total = useLibraryStore((state) => state.total);
  const loaded = useLibraryStore((state) => state.loaded);
  const query = useLibraryStore((state) => state.query);
  if (!loaded) return null;

  const filtered =
    query.text.trim() !== '' ||
    query.statuses.length > 0 ||
    [query.section, query.byline, query.tag, query.language].some(Boolean);
  const formatted = formatNumber(total, i18n.language);
  const emptyText = query.trash
    ? t('list.trashEmpty')
    : filtered
      ? t('list.noMatch')
      : t('list.empty');

  return (
    <p className="list-summary" role="status">
      {total === 0
        ? emptyText
        : t(query.trash ? 'list.trashCount' : 'list.count', { count: total, formatted })}
    </p>
  );
}
