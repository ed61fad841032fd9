import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions } from './extensions';

const asset = `copydesk-asset:${'ef'.repeat(32)}.webp`;
const editors: Editor[] = [];
const editorWith = (html: string): Editor => {
  const editor = new Editor({ extensions: createExtensions(), content: html });
  editors.push(editor);
  return editor;
};

afterEach(() => {
  editors.splice(0).forEach((editor) => editor.destroy());
});

describe('newsroom commands', () => {
  it('wraps and unwraps a paragraph in a pull quote', () => {
    const editor = editorWith('<p>Nous tiendrons.</p>');
    editor.commands.setTextSelection(3);
    expect(editor.commands.togglePullQuote({ attribution: 'La ministre' })).toBe(true);
    expect(editor.getJSON().content?.[0]).toMatchObject({
      type: 'pullQuote',
      attrs: { attribution: 'La ministre' },
    });
    expect(editor.commands.togglePullQuote()).toBe(true);
    expect(editor.getJSON().content?.[0]?.type).toBe('paragraph');
  });

  it('inserts a figure and drops a source outside the allowlist', () => {
    const editor = editorWith('<p>x</p>');
    editor.commands.insertFigure({ src: asset, alt: 'Alt', caption: 'Légende', credit: 'AFP' });
    editor.commands.insertFigure({ src: 'https://tripwire.invalid/x.png', caption: 'Distante' });
    const figures = editor.getJSON().content?.filter((node) => node.type === 'figure');
    expect(figures?.map((figure) => figure.attrs)).toEqual([
      { src: asset, alt: 'Alt', caption: 'Légende', credit: 'AFP' },
      { src: '', alt: '', caption: 'Distante', credit: '' },
    ]);
  });

  it('refuses to set a link outside the policy', () => {
    const editor = editorWith('<p>Lire la suite</p>');
    editor.commands.setTextSelection({ from: 1, to: 5 });
    expect(editor.commands.setLink({ href: 'java\tscript:alert(1)' })).toBe(false);
    expect(editor.commands.setLink({ href: 'https://example.org/' })).toBe(true);
    expect(editor.getHTML()).toBe(
      '<p><a rel="noopener noreferrer nofollow" href="https://example.org/">Lire</a> la suite</p>',
    );
  });
});
