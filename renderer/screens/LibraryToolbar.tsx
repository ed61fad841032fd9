import { useTranslation } from 'react-i18next';
import { userCommands } from '../actions/user-commands';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';
import { useUiStore } from '../state/ui-store';
import { NewsroomBadge } from '../newsroom/NewsroomBadge';
import { useNewsroomStore } from '../newsroom/newsroom-store';
import { useWireStore } from '../wire/wire-store';

export function LibraryToolbar({ keyboardShortcuts }: { keyboardShortcuts: boolean }) {
  const { t } = useTranslation();
  const trash = useLibraryStore((state) => state.query.trash);
  const setQuery = useLibraryStore((state) => state.setQuery);
  const readOnly = useLibraryInfoStore((state) => state.info?.readOnly ?? true);
  const openSettings = useUiStore((state) => state.openSettings);
  const newArticle = userCommands['article:new'];
  const newsroom = useNewsroomStore((state) => state.newsroom);
  const wiresOpen = useWireStore((state) => state.open);
  const toggleWires = useWireStore((state) => state.toggle);

  return (
    <div className="toolbar">
      <button
        type="button"
        className="button button-primary"
        disabled={readOnly}
        aria-keyshortcuts={keyboardShortcuts ? newArticle.shortcut?.aria : undefined}
        onClick={newArticle.perform}
      >
        {t(newArticle.labelKey)}
      </button>
      <button
        type="button"
        className="button toolbar-push"
        aria-pressed={wiresOpen}
        onClick={toggleWires}
      >
        {t('wire:toggle')}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={trash}
        onClick={() => setQuery({ trash: !trash })}
      >
        {t('actions.trash')}
      </button>
      <button type="button" className="button" onClick={openSettings}>
        {t('actions.settings')}
      </button>
      <NewsroomBadge newsroom={newsroom} />
    </div>
  );
}
