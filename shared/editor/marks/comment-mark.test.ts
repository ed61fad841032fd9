import { getSchema } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import { generateHTML, generateJSON } from '@tiptap/html';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { createExtensions } from '../extensions';

const extensions = createExtensions();
const schema = getSchema(extensions);
const first = '3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f';
const second = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const comment = (threadId: string) => schema.marks.comment!.create({ threadId });

/** "Le ministre a démissionné hier." with "ministre a démissionné" commented by `first`. */
const commentedState = (): EditorState => {
  const paragraph = schema.nodes.paragraph!.create(null, [
    schema.text('Le '),
    schema.text('ministre a démissionné', [comment(first)]),
    schema.text(' hier.'),
  ]);
  return EditorState.create({ doc: schema.nodes.doc!.create(null, [paragraph]) });
};

/** The text each thread's marks cover, in document order. */
const anchoredText = (doc: ProseMirrorNode): Record<string, string> => {
  const found: Record<string, string> = {};
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment') continue;
      const id = String(mark.attrs.threadId);
      found[id] = (found[id] ?? '') + (node.text ?? '');
    }
  });
  return found;
};

describe('the comment mark', () => {
  it('renders our anchor span and reads it back', () => {
    const json: JSONContent = commentedState().doc.toJSON() as JSONContent;
    const html = generateHTML(json, extensions);
    expect(html).toBe(
      `<p>Le <span data-comment-thread="${first}" class="comment-anchor">ministre a démissionné</span> hier.</p>`,
    );
    expect(generateJSON(html, extensions)).toEqual(json);
  });

  it('refuses a span whose thread id is not a uuid', () => {
    const json: JSONContent = generateJSON(
      '<p><span class="comment-anchor" data-comment-thread="x onclick=alert(1)">texte</span></p>',
      extensions,
    );
    expect(json.content?.[0]?.content?.[0]?.marks).toBeUndefined();
  });

  it('lets two threads cover overlapping text', () => {
    const state = commentedState();
    const tr = state.tr.addMark(4, 12, comment(second));
    expect(anchoredText(tr.doc)).toEqual({
      [first]: 'ministre a démissionné',
      [second]: 'ministre',
    });
  });

  it('does not grow when the writer types at either edge', () => {
    const state = commentedState();
    const end = 4 + 'ministre a démissionné'.length;
    const typed = state.apply(
      state.tr
        .setSelection(TextSelection.create(state.doc, end))
        .insertText(' mardi')
        .insertText('Donc ', 4),
    );
    expect(typed.doc.textContent).toBe('Le Donc ministre a démissionné mardi hier.');
    expect(anchoredText(typed.doc)).toEqual({ [first]: 'ministre a démissionné' });
  });

  it('stays on its words when text is inserted and deleted before it', () => {
    const state = commentedState();
    const edited = state.apply(state.tr.insertText('Selon nos sources, ', 1).delete(20, 23));
    expect(edited.doc.textContent).toBe('Selon nos sources, ministre a démissionné hier.');
    expect(anchoredText(edited.doc)).toEqual({ [first]: 'ministre a démissionné' });
  });

  it('keeps covering the words left when part of the range is deleted', () => {
    const state = commentedState();
    const edited = state.apply(state.tr.delete(4, 15));
    expect(anchoredText(edited.doc)).toEqual({ [first]: 'démissionné' });
  });
});
