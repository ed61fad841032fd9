import type { RefObject } from 'react';
import { useEffect } from 'react';

/**
 * Closes an open popover on Escape and on a click outside it and its button. Escape from inside
 * gives the focus back to the button that opened it; a click elsewhere leaves it where it lands.
 */
export function usePopoverDismiss(
  open: boolean,
  close: () => void,
  button: RefObject<HTMLElement | null>,
  popover: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!open) return;
    const inside = (target: EventTarget | null) =>
      target instanceof Node &&
      (popover.current?.contains(target) === true || button.current?.contains(target) === true);
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target)) close();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const hadFocus = inside(document.activeElement);
      close();
      if (hadFocus) {
        event.preventDefault();
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, close, button, popover]);
}
