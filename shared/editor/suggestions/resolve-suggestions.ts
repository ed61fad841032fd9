import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { SuggestionKind } from '../marks/suggestion-kind';
import { suggestionRanges, type SuggestionRange } from './suggestion-ranges';

export type SuggestionDecision = 'accept' | 'reject';

/** Which suggestions to settle: a decision, or null to leave one pending. */
export type DecideSuggestion = (suggestion: {
  kind: SuggestionKind;
  id: string;
}) => SuggestionDecision | null;

interface Removal {
  key: string;
  from: number;
  to: number;
}

/** Only paragraph boundaries (and empty blocks) lie between the two positions. */
const onlyBoundariesBetween = (doc: ProseMirrorNode, from: number, to: number): boolean =>
  from === to || /^\n*$/.test(doc.textBetween(from, to, '\n', '\ufffc'));

/**
 * Pieces of one suggestion split only by paragraph boundaries are removed as one range, so that
 * rejecting a multi-paragraph insertion (or accepting a deletion across paragraphs) also undoes
 * the split it made.
 */
const joinRemovals = (doc: ProseMirrorNode, removals: Removal[]): Removal[] => {
  const joined: Removal[] = [];
  for (const removal of removals) {
    const last = joined.at(-1);
    if (
      last !== undefined &&
      last.key === removal.key &&
      onlyBoundariesBetween(doc, last.to, removal.from)
    ) {
      last.to = removal.to;
    } else {
      joined.push({ ...removal });
    }
  }
  return joined;
};

const removes = (range: SuggestionRange, decision: SuggestionDecision): boolean =>
  (range.kind === 'insertion') !== (decision === 'accept');

/**
 * Settles suggestions in a transaction: an accepted insertion or rejected deletion keeps its
 * text and loses the mark; a rejected insertion or accepted deletion loses its text.
 */
export const resolveSuggestions = (tr: Transaction, decide: DecideSuggestion): Transaction => {
  const removals: Removal[] = [];
  for (const range of suggestionRanges(tr.doc)) {
    const decision = decide(range);
    if (decision === null) continue;
    if (removes(range, decision)) {
      removals.push({ key: `${range.kind}:${range.id}`, from: range.from, to: range.to });
    } else {
      tr.removeMark(range.from, range.to, range.mark);
    }
  }
  for (const removal of joinRemovals(tr.doc, removals).reverse())
    tr.delete(removal.from, removal.to);
  return tr;
};
