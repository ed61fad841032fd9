/** A browser-mode shortcut; in Electron the application menu owns the accelerators. */
export interface KeyShortcut {
  /** `KeyboardEvent.code`, layout-independent: 'KeyN', 'KeyF'. */
  code: string;
  alt: boolean;
  shift: boolean;
  /** For `aria-keyshortcuts`. */
  aria: string;
}

export const matchesShortcut = (
  event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  shortcut: KeyShortcut,
): boolean =>
  event.code === shortcut.code &&
  (event.ctrlKey || event.metaKey) &&
  event.altKey === shortcut.alt &&
  event.shiftKey === shortcut.shift;
