import * as Y from 'yjs';
import { bodyFragment } from '../../../shared/collab/article-document';
import { seededRandom } from '../../../electron/node/library/durability/seeded-random';

/** A burst of typing: a word typed, or a few characters erased, somewhere in one paragraph. */
export type TypingEdit =
  | { kind: 'insert'; paragraph: number; offset: number; text: string }
  | { kind: 'delete'; paragraph: number; offset: number; length: number };

const typed = ['le ', 'fleuve ', 'monte ', 'à Niamey ', 'selon ', 'la préfecture ', '« crue » '];

/** `count` edits at random places, read modulo the paragraph they land in when applied. */
export const typingEdits = (seed: number, count: number): TypingEdit[] => {
  const random = seededRandom(seed);
  const whole = () => Math.floor(random() * 1_000_000);
  return Array.from({ length: count }, (): TypingEdit => {
    const paragraph = whole();
    const offset = whole();
    return random() < 0.7
      ? { kind: 'insert', paragraph, offset, text: typed[whole() % typed.length]! }
      : { kind: 'delete', paragraph, offset, length: 1 + (whole() % 5) };
  });
};

const textOf = (paragraphs: Y.XmlElement[], index: number): Y.XmlText =>
  paragraphs[index % paragraphs.length]!.get(0) as Y.XmlText;

/** Applies each edit in its own transaction, as the editor sends one update per burst. */
export const applyTypingEdits = (doc: Y.Doc, edits: readonly TypingEdit[]): void => {
  const paragraphs = bodyFragment(doc).toArray() as Y.XmlElement[];
  for (const edit of edits) {
    const text = textOf(paragraphs, edit.paragraph);
    const offset = edit.offset % (text.length + 1);
    doc.transact(() => {
      if (edit.kind === 'insert') text.insert(offset, edit.text);
      else text.delete(offset, Math.min(edit.length, text.length - offset));
    });
  }
};

/**
 * A replica of `state`, as another window or desk holds it; `clientId` for one that will edit
 * (a replica reloaded from its own state keeps a fresh id, so Yjs sees no other writer using it).
 */
export const replicaOf = (state: Uint8Array, clientId?: number): Y.Doc => {
  const doc = new Y.Doc();
  if (clientId !== undefined) doc.clientID = clientId;
  Y.applyUpdate(doc, state);
  return doc;
};
