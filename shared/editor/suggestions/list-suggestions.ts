import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { SuggestionKind } from '../marks/suggestion-kind';
import { suggestionRanges } from './suggestion-ranges';

/** What one suggestion does: add text, strike text, or strike text and put other text in its place. */
export type SuggestionChange = SuggestionKind | 'replacement';

export interface Suggestion {
  id: string;
  kind: SuggestionChange;
  author: string;
  /** ISO time of the first keystroke. */
  at: string;
  /** The text suggested in or out (pieces in other paragraphs joined by a space); for a replacement, the text struck out. */
  text: string;
  /** For a replacement only: the text suggested in its place. */
  replacement?: string;
}

interface Pieces {
  text: string;
  end: number;
}

const inlineText = (node: ProseMirrorNode): string => (node.isText ? (node.text ?? '') : ' ');

const append = (pieces: Pieces | undefined, text: string, from: number, to: number): Pieces =>
  pieces === undefined
    ? { text, end: to }
    : { text: pieces.text + (pieces.end === from ? '' : ' ') + text, end: to };

/**
 * The pending suggestions of a document, in the order they first appear. A deletion and an
 * insertion sharing an id (text typed over struck text) are one replacement.
 */
export const listSuggestions = (doc: ProseMirrorNode): Suggestion[] => {
  const byId = new Map<
    string,
    { first: Omit<Suggestion, 'kind' | 'text'>; deleted?: Pieces; inserted?: Pieces }
  >();
  for (const range of suggestionRanges(doc)) {
    const known = byId.get(range.id) ?? {
      first: {
        id: range.id,
        author: String(range.mark.attrs.author),
        at: String(range.mark.attrs.at),
      },
    };
    const text = inlineText(range.node);
    if (range.kind === 'deletion')
      known.deleted = append(known.deleted, text, range.from, range.to);
    else known.inserted = append(known.inserted, text, range.from, range.to);
    byId.set(range.id, known);
  }
  return [...byId.values()].map(({ first, deleted, inserted }): Suggestion => {
    if (deleted !== undefined && inserted !== undefined)
      return { ...first, kind: 'replacement', text: deleted.text, replacement: inserted.text };
    if (deleted !== undefined) return { ...first, kind: 'deletion', text: deleted.text };
    return { ...first, kind: 'insertion', text: inserted?.text ?? '' };
  });
};
