/** Where typing `?` is text, not a request for the shortcuts help. */
const typesText = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !==
      null);

/** `?` outside a text field opens the shortcuts help (F1 is its declared shortcut). */
export const opensShortcutsHelp = (event: KeyboardEvent): boolean =>
  event.key === '?' &&
  !event.ctrlKey &&
  !event.metaKey &&
  !event.altKey &&
  !typesText(event.target);
