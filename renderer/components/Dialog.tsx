import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';

export interface DialogProps {
  title: string;
  className?: string;
  children: ReactNode;
  /** Escape, or the dialog's own cancel/close buttons. */
  onCancel: () => void;
}

/** A native modal dialog: the page behind is inert, focus stays inside, Escape cancels. */
export function Dialog({ title, className, children, onCancel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
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
