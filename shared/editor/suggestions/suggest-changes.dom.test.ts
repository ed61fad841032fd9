import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions } from '../extensions';
import { listSuggestions } from './list-suggestions';
import { isSuggesting } from './suggest-changes-key';
import { SuggestChanges } from './suggest-changes';

const editors: Editor[] = [];
const editorWith = (html: string, author = 'Awa'): Editor => {
  const editor = new Editor({
    extensions: [...createExtensions(), SuggestChanges.configure({ author: () => author })],
    content: html,
  });
  editors.push(editor);
  return editor;
};

afterEach(() => {
  editors.splice(0).forEach((editor) => editor.destroy());
});

describe('the SuggestChanges editor extension', () => {
  it('toggles suggesting and signs typed text with the profile name', () => {
    const editor = editorWith('<p>Le maire a parlé.</p>');
    expect(editor.commands.toggleSuggesting()).toBe(true);
    expect(isSuggesting(editor.state)).toBe(true);
    editor.commands.insertContentAt(10, 'sortant ');
    expect(listSuggestions(editor.state.doc).map((s) => [s.kind, s.author, s.text])).toEqual([
      ['insertion', 'Awa', 'sortant '],
    ]);
    editor.commands.toggleSuggesting();
    editor.commands.insertContentAt(1, 'Hier, ');
    expect(editor.getText()).toBe('Hier, Le maire sortant a parlé.');
    expect(listSuggestions(editor.state.doc)).toHaveLength(1);
  });

  it('accepts and rejects one suggestion, then all, without tracking the settlement', () => {
    const editor = editorWith('<p>Le maire a parlé.</p>');
    editor.commands.toggleSuggesting(true);
    editor.commands.insertContentAt(10, 'sortant ');
    editor.commands.deleteRange({ from: 18, to: 20 });
    const [insertion, deletion] = listSuggestions(editor.state.doc);
    expect(deletion?.text).toBe('a ');
    expect(editor.commands.rejectSuggestion(insertion!.id)).toBe(true);
    expect(editor.getText()).toBe('Le maire a parlé.');
    expect(editor.commands.acceptSuggestion(deletion!.id)).toBe(true);
    expect(editor.getText()).toBe('Le maire parlé.');
    expect(listSuggestions(editor.state.doc)).toEqual([]);
    expect(editor.commands.acceptAllSuggestions()).toBe(false);
  });

  it('renders suggestions as ins/del with our data attribute, and reads back only those', () => {
    const editor = editorWith('<p>Un <ins>vrai</ins> <del>faux</del> texte.</p>');
    expect(listSuggestions(editor.state.doc)).toEqual([]);
    editor.commands.toggleSuggesting(true);
    editor.commands.insertContentAt(4, 'bon ');
    expect(editor.getHTML()).toMatch(
      /<ins data-suggestion="[^"]+" data-author="Awa" data-at="[^"]+" class="suggestion-insertion">bon <\/ins>/,
    );
    const reloaded = editorWith(editor.getHTML());
    expect(listSuggestions(reloaded.state.doc).map((s) => s.text)).toEqual(['bon ']);
  });
});
