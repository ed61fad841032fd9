import { type RefObject, useLayoutEffect } from 'react';

const margin = 8;

/**
 * Shifts an open popover sideways so all of it stays in the window: where its button sits
 * depends on how the bar wrapped, which depends on the window's width and the language.
 */
export function useFitInWindow(open: boolean, popover: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = popover.current;
    if (!open || !element) return;
    element.style.translate = '';
    const box = element.getBoundingClientRect();
    const overRight = box.right - (window.innerWidth - margin);
    const shift =
      overRight > 0 ? Math.max(-overRight, margin - box.left) : Math.max(0, margin - box.left);
    if (shift !== 0) element.style.translate = `${shift}px 0`;
  }, [open, popover]);
}
