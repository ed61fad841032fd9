import type { KeyboardEvent } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuPosition } from './spelling-menu-request';

export interface SpellingMenuProps {
  suggestions: readonly string[];
  onPick: (suggestion: string) => void;
  onAdd: () => void;
  onIgnore: () => void;
  onClose: () => void;
  /** Viewport pixels; the menu is fixed there when given. */
  position?: MenuPosition;
}

const nextIndex = (key: string, current: number, count: number): number | null => {
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
};

/** The right-click menu on a misspelled word: suggestions, then add and ignore. */
export function SpellingMenu({
  suggestions,
  onPick,
  onAdd,
  onIgnore,
  onClose,
  position,
}: SpellingMenuProps) {
  const { t } = useTranslation('spellcheck');
  const menu = useRef<HTMLDivElement>(null);

  const items = (): HTMLElement[] =>
    Array.from(
      menu.current?.querySelectorAll<HTMLElement>(
        '[role="menuitem"]:not([aria-disabled="true"])',
      ) ?? [],
    );

  useEffect(() => {
    items()[0]?.focus();
    const closeOutside = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) onClose();
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
      return;
    }
    const all = items();
    const index = nextIndex(
      event.key,
      all.indexOf(document.activeElement as HTMLElement),
      all.length,
    );
    if (index === null) return;
    event.preventDefault();
    all[index]?.focus();
  };

  return (
    <div
      ref={menu}
      role="menu"
      aria-label={t('menu.label')}
      className="spelling-menu"
      style={
        position === undefined
          ? undefined
          : { position: 'fixed', left: position.x, top: position.y }
      }
      onKeyDown={onKeyDown}
    >
      {suggestions.length === 0 ? (
        <div role="menuitem" aria-disabled="true" className="spelling-menu-empty">
          {t('menu.noSuggestions')}
        </div>
      ) : (
        suggestions.map((suggestion) => (
          <button
            key={suggestion}
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => onPick(suggestion)}
          >
            {suggestion}
          </button>
        ))
      )}
      <div role="separator" />
      <button type="button" role="menuitem" tabIndex={-1} onClick={onAdd}>
        {t('menu.addToDictionary')}
      </button>
      <button type="button" role="menuitem" tabIndex={-1} onClick={onIgnore}>
        {t('menu.ignore')}
      </button>
    </div>
  );
}
