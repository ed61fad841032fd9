import type { Mark, MarkType, Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { Slice } from '@tiptap/pm/model';
import { Plugin, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import { deletedContent } from './deleted-content';
import { suggestionMarkNames } from '../marks/suggestion-kind';
import {
  suggestChangesKey,
  type SuggestChangesMeta,
  type SuggestChangesState,
} from './suggest-changes-key';
import { trackedEdits, type TrackedEdit } from './tracked-edits';

export interface SuggestChangesOptions {
  /** The profile name that signs suggestions, asked at each edit. */
  author: () => string;
  now?: () => Date;
  createId?: () => string;
  enabled?: boolean;
}

interface Signature {
  author: string;
  at: string;
  createId: () => string;
}

/** The same author's suggestion of this kind right beside `pos`, whose id and time are reused. */
const neighbour = (
  doc: ProseMirrorNode,
  pos: number,
  end: number,
  type: MarkType,
  author: string,
): Mark | undefined => {
  const candidates = [doc.resolve(pos).nodeBefore, doc.resolve(end).nodeAfter];
  for (const node of candidates) {
    const mark = node === null ? undefined : type.isInSet(node.marks);
    if (mark !== undefined && mark.attrs.author === author) return mark;
  }
  return undefined;
};

const suggestionMark = (
  type: MarkType,
  doc: ProseMirrorNode,
  from: number,
  to: number,
  signature: Signature,
): Mark =>
  neighbour(doc, from, to, type, signature.author) ??
  type.create({ id: signature.createId(), author: signature.author, at: signature.at });

/** Puts back what one edit deleted, struck through; returns where the cursor goes for Backspace. */
const keepDeleted = (
  tr: Transaction,
  edit: TrackedEdit,
  schema: Schema,
  signature: Signature,
): number | null => {
  if (edit.deleted.size === 0) return null;
  const at = tr.mapping.map(edit.at, -1);
  const deletion = suggestionMark(
    schema.marks[suggestionMarkNames.deletion]!,
    tr.doc,
    at,
    at,
    signature,
  );
  const insertion = schema.marks[suggestionMarkNames.insertion]!;
  const kept = deletedContent(edit.deleted.content, deletion, insertion, signature.author);
  if (!kept.kept) return null;
  tr.replace(at, at, new Slice(kept.fragment, edit.deleted.openStart, edit.deleted.openEnd));
  return at;
};

const firstNeighbour = (
  doc: ProseMirrorNode,
  ranges: readonly { from: number; to: number }[],
  type: MarkType,
  author: string,
): Mark | undefined => {
  for (const range of ranges) {
    const mark = neighbour(doc, range.from, range.to, type, author);
    if (mark !== undefined) return mark;
  }
  return undefined;
};

/**
 * Marks what the edits inserted with one insertion mark: one keystroke's edits (an input rule
 * rewriting ' as ’ while the next letter goes in) are one run. The mark continues the author's
 * insertion beside them or, typed in place of struck text, joins it as one replacement (one id).
 */
const markInserted = (
  tr: Transaction,
  edits: readonly TrackedEdit[],
  schema: Schema,
  signature: Signature,
): void => {
  const ranges = edits
    .map((edit) => ({
      from: tr.mapping.map(edit.insertedFrom, 1),
      to: tr.mapping.map(edit.insertedTo, -1),
    }))
    .filter((range) => range.to > range.from);
  if (ranges.length === 0) return;
  const type = schema.marks[suggestionMarkNames.insertion]!;
  const deletion = schema.marks[suggestionMarkNames.deletion]!;
  const replaced = firstNeighbour(tr.doc, ranges, deletion, signature.author);
  const mark =
    firstNeighbour(tr.doc, ranges, type, signature.author) ??
    type.create({
      id: replaced === undefined ? signature.createId() : String(replaced.attrs.id),
      author: signature.author,
      at: replaced === undefined ? signature.at : String(replaced.attrs.at),
    });
  for (const range of ranges) tr.addMark(range.from, range.to, mark);
};

const trackChanges = (
  transactions: readonly Transaction[],
  oldState: EditorState,
  newState: EditorState,
  options: SuggestChangesOptions,
): Transaction | null => {
  const headBefore = oldState.selection.empty ? oldState.selection.head : null;
  const edits = trackedEdits(transactions, headBefore);
  if (edits.length === 0) return null;
  const signature: Signature = {
    author: options.author(),
    at: (options.now?.() ?? new Date()).toISOString(),
    createId: options.createId ?? (() => globalThis.crypto.randomUUID()),
  };
  const tr = newState.tr;
  let cursor: { pos: number; steps: number } | null = null;
  for (const edit of edits) {
    const keptAt = keepDeleted(tr, edit, newState.schema, signature);
    if (edit.backward && keptAt !== null) cursor = { pos: keptAt, steps: tr.steps.length };
  }
  markInserted(tr, edits, newState.schema, signature);
  if (cursor !== null) {
    const pos = new Mapping(tr.mapping.maps.slice(cursor.steps)).map(cursor.pos, -1);
    tr.setSelection(TextSelection.create(tr.doc, pos));
  }
  if (!tr.docChanged) return null;
  return tr.setMeta(suggestChangesKey, { kind: 'untracked' } satisfies SuggestChangesMeta);
};

/**
 * Suggestion mode: while enabled, the user's replacements are turned into suggestions after the
 * fact (appendTransaction, so typing, paste, cut, drop and Find & Replace share one path):
 * inserted inline content is marked `suggestionInsertion`, deleted inline content is put back
 * marked `suggestionDeletion`. Paragraph splits and joins, formatting and inserted figures are
 * applied directly: they lose no text, and marks cannot sit on block boundaries.
 */
export const createSuggestChangesPlugin = (
  options: SuggestChangesOptions,
): Plugin<SuggestChangesState> =>
  new Plugin<SuggestChangesState>({
    key: suggestChangesKey,
    state: {
      init: () => ({ enabled: options.enabled ?? false }),
      apply: (tr, value) => {
        const meta = tr.getMeta(suggestChangesKey) as SuggestChangesMeta | undefined;
        return meta?.kind === 'enable' ? { enabled: meta.enabled } : value;
      },
    },
    appendTransaction: (transactions, oldState, newState) =>
      suggestChangesKey.getState(newState)?.enabled === true
        ? trackChanges(transactions, oldState, newState, options)
        : null,
  });
