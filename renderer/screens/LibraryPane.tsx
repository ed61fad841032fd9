import { useTranslation } from 'react-i18next';
import { ImportDropZone } from '../import/ImportDropZone';
import { ListTransferButtons } from '../import/ListTransferButtons';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';
import { ArticleList } from './ArticleList';
import { LibraryCommandButtons } from './LibraryCommandButtons';
import { useHost } from '../state/host';
import { FilterBar } from './FilterBar';
import { LibraryToolbar } from './LibraryToolbar';
import { ListSummary } from './ListSummary';
import { SearchField } from './SearchField';
import { SortSelect } from './SortSelect';
import { TrashBar } from './TrashBar';

export function LibraryPane({ keyboardShortcuts }: { keyboardShortcuts: boolean }) {
  const { t } = useTranslation();
  const trash = useLibraryStore((state) => state.query.trash);
  const hasLibrary = useLibraryInfoStore((state) => state.info !== null);
  const busy = useLibraryInfoStore((state) => state.busy);
  const host = useHost();

  return (
    <section className="library-pane" aria-label={t('settings.library')}>
      <LibraryToolbar keyboardShortcuts={keyboardShortcuts} />
      {hasLibrary ? (
        <>
          <SearchField keyboardShortcuts={keyboardShortcuts} />
          <FilterBar />
          {trash && <TrashBar />}
          <div className="list-header">
            <ListSummary />
            <SortSelect />
          </div>
          <ListTransferButtons />
          <ImportDropZone enabled={!trash}>
            <ArticleList />
          </ImportDropZone>
        </>
      ) : (
        <div className="no-library">
          <p>{t('app.noLibrary')}</p>
          <LibraryCommandButtons
            ids={['library:open', 'library:create']}
            host={host}
            disabled={() => busy}
          />
        </div>
      )}
    </section>
  );
}
