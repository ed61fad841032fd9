import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';

const fieldSelector =
  'input:not([type="hidden"]):not(:disabled), textarea:not(:disabled), select:not(:disabled)';
const isField = (element: Element | null): boolean => element?.matches(fieldSelector) ?? false;

export interface DialogProps {
  title: string;
  className?: string;
  children: ReactNode;
  /** Escape, or the dialog's own cancel/close buttons. */
  onCancel: () => void;
}

/**
 * A native modal dialog: the page behind is inert, focus starts on the first field and stays
 * inside, Escape cancels, and the focus goes back where it was.
 */
export function Dialog({ title, className, children, onCancel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // showModal focuses the first focusable element, often a button: the first field comes first.
    if (!dialog.contains(document.activeElement) || !isField(document.activeElement)) {
      dialog.querySelector<HTMLElement>(fieldSelector)?.focus();
    }
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      // The dialog leaves the page with React: give the focus back to what opened it.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
