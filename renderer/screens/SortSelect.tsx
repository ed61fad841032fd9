import { useTranslation } from 'react-i18next';
import { SortField } from '../../shared/model/list-query';
import { LabelledSelect } from '../components/LabelledSelect';
import { useLibraryStore } from '../library/library-store';

export function SortSelect() {
  const { t } = useTranslation('library');
  const sort = useLibraryStore((state) => state.query.sort);
  const searching = useLibraryStore((state) => state.query.text.trim() !== '');
  const setQuery = useLibraryStore((state) => state.setQuery);
  const fields = SortField.options.filter((field) => field !== 'relevance' || searching);
  return (
    <LabelledSelect
      className="sort-select"
      label={t('filters.sort')}
      value={sort === 'relevance' && !searching ? 'updated' : sort}
      options={fields.map((field) => ({ value: field, label: t(`filters.sorts.${field}`) }))}
      onChange={(value) => setQuery({ sort: SortField.parse(value) })}
    />
  );
}
