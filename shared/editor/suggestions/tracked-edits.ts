import type { Slice } from '@tiptap/pm/model';
import { isHistoryTransaction } from '@tiptap/pm/history';
import type { Transaction } from '@tiptap/pm/state';
import { Mapping, ReplaceStep } from '@tiptap/pm/transform';
import { suggestChangesKey } from './suggest-changes-key';

/** One user replacement, with positions in the document after all the transactions. */
export interface TrackedEdit {
  /** Where the deleted content goes back (before the inserted content). */
  at: number;
  deleted: Slice;
  insertedFrom: number;
  insertedTo: number;
  /** The step removed content and the cursor stood right after it (Backspace). */
  backward: boolean;
}

/** Undo/redo, loads (setContent), programmatic non-history changes and our own are not tracked. */
const tracked = (tr: Transaction): boolean =>
  tr.docChanged &&
  tr.getMeta(suggestChangesKey) === undefined &&
  !isHistoryTransaction(tr) &&
  tr.getMeta('addToHistory') !== false &&
  tr.getMeta('preventUpdate') !== true;

/** The ReplaceSteps of the user's transactions, mapped to the final document. */
export const trackedEdits = (
  transactions: readonly Transaction[],
  headBefore: number | null,
): TrackedEdit[] => {
  const edits: TrackedEdit[] = [];
  transactions.forEach((tr, index) => {
    if (!tracked(tr)) return;
    tr.steps.forEach((step, stepIndex) => {
      if (!(step instanceof ReplaceStep)) return;
      // Mapping.appendMapping ignores the bounds of a sliced mapping: append the step maps one by one.
      const mapping = new Mapping(tr.mapping.maps.slice(stepIndex + 1));
      for (const later of transactions.slice(index + 1)) mapping.appendMapping(later.mapping);
      const before = tr.docs[stepIndex]!;
      const insertedEnd = step.from + step.slice.size;
      edits.push({
        at: mapping.map(step.from, -1),
        deleted: before.slice(step.from, step.to),
        insertedFrom: mapping.map(step.from, 1),
        insertedTo: mapping.map(insertedEnd, -1),
        backward: index === 0 && stepIndex === 0 && step.slice.size === 0 && headBefore === step.to,
      });
    });
  });
  return edits;
};
