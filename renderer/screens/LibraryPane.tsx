import { useTranslation } from 'react-i18next';
import { ImportDropZone } from '../import/ImportDropZone';
import { ListTransferButtons } from '../import/ListTransferButtons';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';
import { ArticleList } from './ArticleList';
import { LibraryCommandButtons } from './LibraryCommandButtons';
import { OutboxButton } from './OutboxButton';
import { useHost } from '../state/host';
import { FilterBar } from './FilterBar';
import { LibraryToolbar } from './LibraryToolbar';
import { ListSummary } from './ListSummary';
import { SearchField } from './SearchField';
import { SortSelect } from './SortSelect';
import { TrashBar } from './TrashBar';
import { WiresPane } from '../wire/WiresPane';
import { useWireStore } from '../wire/wire-store';

export function LibraryPane({ keyboardShortcuts }: { keyboardShortcuts: boolean }) {
  const { t } = useTranslation();
  const trash = useLibraryStore((state) => state.query.trash);
  const hasLibrary = useLibraryInfoStore((state) => state.info !== null);
  const busy = useLibraryInfoStore((state) => state.busy);
  const host = useHost();
  const wiresOpen = useWireStore((state) => state.open);

  return (
    <section className="library-pane" aria-label={t('settings.library')}>
      <LibraryToolbar keyboardShortcuts={keyboardShortcuts} />
      {hasLibrary && wiresOpen ? (
        <WiresPane />
      ) : hasLibrary ? (
        <>
          <SearchField keyboardShortcuts={keyboardShortcuts} />
          <FilterBar />
          {trash && <TrashBar />}
          <div className="list-header">
            <ListSummary />
            <SortSelect />
          </div>
          <ListTransferButtons>
            <OutboxButton />
          </ListTransferButtons>
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
