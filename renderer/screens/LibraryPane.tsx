import { useTranslation } from 'react-i18next';
import { userCommands } from '../actions/user-commands';
import { ImportDropZone } from '../import/ImportDropZone';
import { ListTransferButtons } from '../import/ListTransferButtons';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';
import { ArticleList } from './ArticleList';
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
          <div className="button-row">
            {(['library:open', 'library:create'] as const).map((id) => (
              <button
                key={id}
                type="button"
                className="button"
                disabled={busy}
                onClick={userCommands[id].perform}
              >
                {t(userCommands[id].labelKey)}
              </button>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
