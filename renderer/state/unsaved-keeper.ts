import type { PendingEdits } from './pending-edits';

export interface UnsavedKeeperOptions {
  id: string;
  pendingEdits: Pick<PendingEdits, 'keep' | 'forget'> | undefined;
  /** While the server cannot take the text, typing is kept at most this often. */
  keepEveryMs: number;
  /** Everything the server has not confirmed: Yjs updates, base64. */
  unacknowledged: () => string[];
  /** A keep finished: the save status may now say the text is kept. */
  onKept: () => void;
}

/**
 * One article's unconfirmed edits, copied into the page's storage: at each save, on a timer
 * while saves fail, and when the page goes away; forgotten once the server has them all.
 */
export function createUnsavedKeeper(options: UnsavedKeeperOptions) {
  const { pendingEdits } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let edits = 0;
  let keptEdits = 0;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const keepNow = () => {
    cancel();
    const updates = options.unacknowledged();
    if (!pendingEdits || updates.length === 0) return;
    const upTo = edits;
    const edit = { id: options.id, updates, keptAt: Date.now() };
    pendingEdits.keep(edit).then(
      () => {
        keptEdits = Math.max(keptEdits, upTo);
        options.onKept();
      },
      (error: unknown) => console.error('Copydesk: unsaved text could not be kept:', error),
    );
  };
  return {
    /** Counts an edit; O(1), for every keystroke. */
    edited() {
      edits += 1;
    },
    /** Every edit so far is in the page's storage. */
    get allKept() {
      return pendingEdits !== undefined && keptEdits === edits;
    },
    keepNow,
    keepSoon() {
      if (pendingEdits) timer ??= setTimeout(keepNow, options.keepEveryMs);
    },
    forget() {
      cancel();
      void pendingEdits?.forget(options.id).catch(() => undefined);
    },
    cancel,
  };
}
