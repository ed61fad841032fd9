import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { diffDocuments } from '../../shared/diff/diff-documents';
import { planParagraphRestore } from '../../shared/diff/paragraph-restore';
import { createExtensions } from '../../shared/editor/extensions';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { requestParagraphRestore } from './paragraph-restore-bus';
import { restoreParagraphsInto } from './restore-paragraph-in-editor';

const doc = (...texts: string[]): TiptapDocument => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
const version: TiptapDocument = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Un.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Deux chauffeurs ' },
        { type: 'text', text: 'libérés', marks: [{ type: 'italic' }] },
        { type: 'text', text: '.' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Trois.' }] },
  ],
};
const blockTexts = (editor: Editor) => {
  const texts: string[] = [];
  editor.state.doc.forEach((node) => texts.push(node.textContent));
  return texts;
};

let editor: Editor | undefined;
let detach: (() => void) | undefined;
const open = (content: TiptapDocument) => {
  editor = new Editor({ extensions: createExtensions(), content });
  detach = restoreParagraphsInto(editor);
  return editor;
};
const plan = (current: TiptapDocument, kind: string) => {
  const blocks = diffDocuments(version, current);
  return planParagraphRestore(
    blocks,
    blocks.findIndex((block) => block.kind === kind),
    version,
    current,
  )!;
};

describe('restoring a paragraph in the open editor', () => {
  afterEach(() => {
    detach?.();
    editor?.destroy();
  });

  it('replaces a changed paragraph with the old one, marks included, as an undoable edit', () => {
    const current = doc('Un.', 'Deux chauffeurs enlevés.', 'Trois.');
    const live = open(current);
    let updates = 0;
    live.on('update', () => (updates += 1));
    expect(requestParagraphRestore(plan(current, 'changed'))).toBe(true);
    expect(live.getJSON()).toEqual(version);
    expect(updates).toBe(1);
    live.commands.undo();
    expect(blockTexts(live)).toEqual(['Un.', 'Deux chauffeurs enlevés.', 'Trois.']);
  });

  it('puts a deleted paragraph back where it was', () => {
    const current = doc('Un.', 'Trois.');
    const live = open(current);
    expect(requestParagraphRestore(plan(current, 'deleted'))).toBe(true);
    expect(blockTexts(live)).toEqual(['Un.', 'Deux chauffeurs libérés.', 'Trois.']);
  });

  it('refuses when the text changed since the comparison, and leaves it alone', () => {
    const current = doc('Un.', 'Trois.');
    const live = open(doc('Un bis.', 'Trois.'));
    expect(requestParagraphRestore(plan(current, 'deleted'))).toBe(false);
    expect(blockTexts(live)).toEqual(['Un bis.', 'Trois.']);
  });

  it('refuses in a read-only editor', () => {
    const current = doc('Un.', 'Trois.');
    const live = open(current);
    live.setEditable(false);
    expect(requestParagraphRestore(plan(current, 'deleted'))).toBe(false);
    expect(blockTexts(live)).toEqual(['Un.', 'Trois.']);
  });

  it('reports that no editor listens once it is gone', () => {
    const current = doc('Un.', 'Trois.');
    open(current);
    detach?.();
    expect(requestParagraphRestore(plan(current, 'deleted'))).toBeUndefined();
  });
});
