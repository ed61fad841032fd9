import { describe, expect, it } from 'vitest';
import type { TiptapDocument, TiptapNode } from '../model/tiptap-document';
import { diffDocuments } from './diff-documents';
import { applyParagraphRestore, planParagraphRestore } from './paragraph-restore';

const paragraph = (text: string): TiptapNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});
const doc = (...texts: string[]): TiptapDocument => ({
  type: 'doc',
  content: texts.map(paragraph),
});
const texts = (document: TiptapDocument | null) =>
  document?.content?.map((node) => node.content?.[0]?.text ?? '') ?? null;

const restoreAt = (before: TiptapDocument, after: TiptapDocument, kind: string) => {
  const blocks = diffDocuments(before, after);
  const position = blocks.findIndex((block) => block.kind === kind);
  return planParagraphRestore(blocks, position, before, after);
};

describe('paragraph restore', () => {
  const version = doc('Un.', 'Deux chauffeurs libérés.', 'Trois.');

  it('replaces a changed paragraph with its old text', () => {
    const current = doc('Un.', 'Deux chauffeurs enlevés.', 'Trois.');
    const restore = restoreAt(version, current, 'changed');
    expect(restore).toMatchObject({
      kind: 'replace',
      index: 1,
      expected: 'Deux chauffeurs enlevés.',
    });
    expect(texts(applyParagraphRestore(current, restore!))).toEqual(texts(version));
  });

  it('puts a deleted paragraph back where it was', () => {
    const current = doc('Un.', 'Trois.');
    const restore = restoreAt(version, current, 'deleted');
    expect(restore).toMatchObject({ kind: 'insert', index: 1, expected: 'Un.' });
    expect(texts(applyParagraphRestore(current, restore!))).toEqual(texts(version));
  });

  it('puts a deleted first paragraph back at the start', () => {
    const current = doc('Deux chauffeurs libérés.', 'Trois.');
    const restore = restoreAt(version, current, 'deleted');
    expect(restore).toMatchObject({ kind: 'insert', index: 0, expected: null });
    expect(texts(applyParagraphRestore(current, restore!))).toEqual(texts(version));
  });

  it('offers nothing for a paragraph that is the same or only in the current text', () => {
    const current = doc('Un.', 'Deux chauffeurs libérés.', 'Trois.', 'Quatre.');
    const blocks = diffDocuments(version, current);
    expect(
      blocks.map((_, position) => planParagraphRestore(blocks, position, version, current)),
    ).toEqual([null, null, null, null]);
  });

  it('refuses when the current text changed since the comparison', () => {
    const current = doc('Un.', 'Deux chauffeurs enlevés.', 'Trois.');
    const restore = restoreAt(version, current, 'changed')!;
    expect(
      applyParagraphRestore(doc('Un.', 'Deux chauffeurs enlevés hier.', 'Trois.'), restore),
    ).toBeNull();
    const insert = restoreAt(version, doc('Un.', 'Trois.'), 'deleted')!;
    expect(applyParagraphRestore(doc('Trois.'), insert)).toBeNull();
  });
});
