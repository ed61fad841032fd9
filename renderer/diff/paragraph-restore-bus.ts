import type { ParagraphRestore } from '../../shared/diff/paragraph-restore';

type RestoreHandler = (restore: ParagraphRestore) => boolean;

let handler: RestoreHandler | null = null;

/** The open editor takes paragraph restores; the returned function lets go. */
export const handleParagraphRestores = (next: RestoreHandler): (() => void) => {
  handler = next;
  return () => {
    if (handler === next) handler = null;
  };
};

/** Applies a restore in the open editor: true done, false refused, undefined when no editor listens. */
export const requestParagraphRestore = (restore: ParagraphRestore): boolean | undefined =>
  handler?.(restore);
