import { EditorState } from '@tiptap/pm/state';
import type { TiptapDocument, TiptapNode } from '../../model/tiptap-document';
import { editorSchema } from '../editor-schema';
import { listSuggestions as listInNode, type Suggestion } from './list-suggestions';
import { resolveSuggestions, type DecideSuggestion } from './resolve-suggestions';
import { suggestionKindOf } from '../marks/suggestion-kind';

const hasSuggestionMarks = (doc: TiptapDocument): boolean => {
  const stack: TiptapNode[] = [...(doc.content ?? [])];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if ((node.marks ?? []).some((mark) => suggestionKindOf(mark.type) !== null)) return true;
    stack.push(...(node.content ?? []));
  }
  return false;
};

const resolveDocument = (doc: TiptapDocument, decide: DecideSuggestion): TiptapDocument => {
  if (!hasSuggestionMarks(doc)) return doc;
  const state = EditorState.create({ doc: editorSchema().nodeFromJSON(doc) });
  return resolveSuggestions(state.tr, decide).doc.toJSON() as TiptapDocument;
};

/**
 * The pending suggestions of a stored body, in document order.
 * @internal The tests read and settle suggestions one by one through these three.
 */
export const listDocumentSuggestions = (doc: TiptapDocument): Suggestion[] =>
  hasSuggestionMarks(doc) ? listInNode(editorSchema().nodeFromJSON(doc)) : [];

/** @internal */
export const acceptSuggestion = (doc: TiptapDocument, id: string): TiptapDocument =>
  resolveDocument(doc, (suggestion) => (suggestion.id === id ? 'accept' : null));

/** @internal */
export const rejectSuggestion = (doc: TiptapDocument, id: string): TiptapDocument =>
  resolveDocument(doc, (suggestion) => (suggestion.id === id ? 'reject' : null));

/** The final text: every suggestion accepted. */
export const acceptAllSuggestions = (doc: TiptapDocument): TiptapDocument =>
  resolveDocument(doc, () => 'accept');

/** The original text: every suggestion rejected. */
export const rejectAllSuggestions = (doc: TiptapDocument): TiptapDocument =>
  resolveDocument(doc, () => 'reject');
