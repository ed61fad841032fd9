import { Slice } from '@tiptap/pm/model';
import { isHistoryTransaction } from '@tiptap/pm/history';
import type { Transaction } from '@tiptap/pm/state';
import { Mapping, ReplaceStep, type StepMap } from '@tiptap/pm/transform';
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

interface Range {
  from: number;
  to: number;
}

/** Undo/redo, loads (setContent), programmatic non-history changes and our own are not tracked. */
const tracked = (tr: Transaction): boolean =>
  tr.docChanged &&
  tr.getMeta(suggestChangesKey) === undefined &&
  !isHistoryTransaction(tr) &&
  tr.getMeta('addToHistory') !== false &&
  tr.getMeta('preventUpdate') !== true;

const mapRange = (map: StepMap, range: Range): Range => ({
  from: map.map(range.from, -1),
  to: map.map(range.to, 1),
});

/**
 * The ReplaceSteps of the user's transactions, mapped to the final document. Text typed and
 * rewritten in the same batch (an input rule turning ' into ’) was never in the document: its
 * rewrite deletes nothing, so one typed run stays one insertion.
 */
export const trackedEdits = (
  transactions: readonly Transaction[],
  headBefore: number | null,
): TrackedEdit[] => {
  const edits: TrackedEdit[] = [];
  let typed: Range[] = [];
  transactions.forEach((tr, index) => {
    const isTracked = tracked(tr);
    tr.steps.forEach((step, stepIndex) => {
      const stepMap = tr.mapping.maps[stepIndex]!;
      if (!isTracked || !(step instanceof ReplaceStep)) {
        typed = typed.map((range) => mapRange(stepMap, range));
        return;
      }
      // Mapping.appendMapping ignores the bounds of a sliced mapping: append the step maps one by one.
      const mapping = new Mapping(tr.mapping.maps.slice(stepIndex + 1));
      for (const later of transactions.slice(index + 1)) mapping.appendMapping(later.mapping);
      const before = tr.docs[stepIndex]!;
      const insertedEnd = step.from + step.slice.size;
      const rewritesTyped = typed.some((range) => range.from <= step.from && step.to <= range.to);
      edits.push({
        at: mapping.map(step.from, -1),
        deleted: rewritesTyped ? Slice.empty : before.slice(step.from, step.to),
        insertedFrom: mapping.map(step.from, 1),
        insertedTo: mapping.map(insertedEnd, -1),
        backward: index === 0 && stepIndex === 0 && step.slice.size === 0 && headBefore === step.to,
      });
      typed = typed.map((range) => mapRange(stepMap, range));
      if (step.slice.size > 0) typed.push({ from: step.from, to: insertedEnd });
    });
  });
  return edits;
};
