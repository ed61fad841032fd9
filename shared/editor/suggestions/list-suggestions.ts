import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { SuggestionKind } from '../marks/suggestion-kind';
import { suggestionRanges } from './suggestion-ranges';

export interface Suggestion {
  id: string;
  kind: SuggestionKind;
  author: string;
  /** ISO time of the first keystroke. */
  at: string;
  /** The text suggested in or out (pieces in other paragraphs joined by a space). */
  text: string;
}

const inlineText = (node: ProseMirrorNode): string => (node.isText ? (node.text ?? '') : ' ');

/** The pending suggestions of a document, in the order they first appear. */
export const listSuggestions = (doc: ProseMirrorNode): Suggestion[] => {
  const byKey = new Map<string, Suggestion & { end: number }>();
  for (const range of suggestionRanges(doc)) {
    const key = `${range.kind}:${range.id}`;
    const known = byKey.get(key);
    if (known === undefined) {
      byKey.set(key, {
        id: range.id,
        kind: range.kind,
        author: String(range.mark.attrs.author),
        at: String(range.mark.attrs.at),
        text: inlineText(range.node),
        end: range.to,
      });
      continue;
    }
    const separator = known.end === range.from ? '' : ' ';
    known.text += separator + inlineText(range.node);
    known.end = range.to;
  }
  return [...byKey.values()].map(({ end: _end, ...suggestion }) => suggestion);
};
