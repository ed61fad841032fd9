import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { createExtensions } from '../../shared/editor/extensions';
import { collectBlockWords } from './collect-block-words';

const schema = getSchema(createExtensions());
const suggested = (name: 'suggestionDeletion' | 'suggestionInsertion', text: string) =>
  schema.text(text, [schema.marks[name]!.create({ id: 's1', author: 'Awa', at: '' })]);

describe('collectBlockWords', () => {
  it('reads struck text apart from the text suggested in its place', () => {
    const paragraph = schema.node('paragraph', null, [
      schema.text('Rendez-vous '),
      suggested('suggestionDeletion', 'samedi'),
      suggested('suggestionInsertion', 'vendredi'),
      schema.text(' soir.'),
    ]);
    expect(collectBlockWords(paragraph, 0, 'fr').map((word) => word.word)).toEqual([
      'Rendez-vous',
      'samedi',
      'vendredi',
      'soir',
    ]);
  });

  it('keeps a word whole when only part of it is a suggested insertion', () => {
    const paragraph = schema.node('paragraph', null, [
      schema.text('ven'),
      suggested('suggestionInsertion', 'dredi'),
    ]);
    expect(collectBlockWords(paragraph, 0, 'fr').map((word) => word.word)).toEqual(['vendredi']);
  });
});
