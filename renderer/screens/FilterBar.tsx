import { useTranslation } from 'react-i18next';
import { Status, statuses } from '../../shared/model/status';
import type { SelectOption } from '../components/LabelledSelect';
import { LabelledSelect } from '../components/LabelledSelect';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';

const languageName = (tag: string, uiLanguage: string): string => {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1);
  } catch {
    return tag;
  }
};

export function FilterBar() {
  const { t, i18n } = useTranslation('library');
  const query = useLibraryStore((state) => state.query);
  const setQuery = useLibraryStore((state) => state.setQuery);
  const facets = useLibraryInfoStore((state) => state.facets);

  const choices = (
    all: string,
    values: string[],
    label = (value: string) => value,
  ): SelectOption[] => [
    { value: '', label: all },
    ...values.map((value) => ({ value, label: label(value) })),
  ];

  return (
    <div className="filters" role="group" aria-label={t('filters.label')}>
      <LabelledSelect
        hideLabel
        label={t('filters.status')}
        value={query.statuses[0] ?? ''}
        options={choices(t('filters.allStatuses'), [...statuses], (status) =>
          t(`common:status.${status}`),
        )}
        onChange={(value) => setQuery({ statuses: value === '' ? [] : [Status.parse(value)] })}
      />
      {facets.sections.length > 0 && (
        <LabelledSelect
          hideLabel
          label={t('filters.section')}
          value={query.section}
          options={choices(t('filters.allSections'), facets.sections)}
          onChange={(section) => setQuery({ section })}
        />
      )}
      {facets.bylines.length > 0 && (
        <LabelledSelect
          hideLabel
          label={t('filters.byline')}
          value={query.byline}
          options={choices(t('filters.allBylines'), facets.bylines)}
          onChange={(byline) => setQuery({ byline })}
        />
      )}
      {facets.tags.length > 0 && (
        <LabelledSelect
          hideLabel
          label={t('filters.tag')}
          value={query.tag}
          options={choices(t('filters.allTags'), facets.tags)}
          onChange={(tag) => setQuery({ tag })}
        />
      )}
      {facets.languages.length > 1 && (
        <LabelledSelect
          hideLabel
          label={t('filters.language')}
          value={query.language}
          options={choices(t('filters.allLanguages'), facets.languages, (tag) =>
            languageName(tag, i18n.language),
          )}
          onChange={(language) => setQuery({ language })}
        />
      )}
    </div>
  );
}
