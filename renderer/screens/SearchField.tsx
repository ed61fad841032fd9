import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { userCommands } from '../actions/user-commands';
import { useLibraryStore } from '../library/library-store';
import { useUiStore } from '../state/ui-store';

export function SearchField({ keyboardShortcuts }: { keyboardShortcuts: boolean }) {
  const { t } = useTranslation('library');
  const text = useLibraryStore((state) => state.query.text);
  const setQuery = useLibraryStore((state) => state.setQuery);
  const focusRequest = useUiStore((state) => state.searchFocusRequest);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const shortcut = userCommands['view:focusSearch'].shortcut;
  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        className="search-input"
        aria-label={t('search.label')}
        aria-keyshortcuts={keyboardShortcuts ? shortcut?.aria : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        spellCheck={false}
        onChange={(event) => setQuery({ text: event.target.value })}
      />
    </div>
  );
}
