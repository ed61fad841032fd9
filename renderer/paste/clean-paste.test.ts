import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions } from '../../shared/editor/extensions';
import { CleanPaste } from './clean-paste';
import { readCorpusFile } from '../../tests/corpus/corpus-files';
import { markedTexts, textOf } from './testing/pasted-document';

const editors: Editor[] = [];
const pasteEvent = (): ClipboardEvent => new Event('paste') as ClipboardEvent;

const editorWith = (french: boolean): Editor => {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...createExtensions(), CleanPaste.configure({ frenchTypography: () => french })],
    content: '<p></p>',
  });
  editors.push(editor);
  return editor;
};

afterEach(() => {
  editors.splice(0).forEach((editor) => editor.destroy());
});

describe('CleanPaste in a Tiptap editor', () => {
  it('pastes Word HTML as clean lists and formatting', () => {
    const editor = editorWith(false);
    expect(
      editor.view.pasteHTML(readCorpusFile('paste', '01-word-windows.html'), pasteEvent()),
    ).toBe(true);
    const pasted = editor.getJSON();
    expect(pasted.content?.filter((node) => node.type === 'bulletList')).toHaveLength(1);
    expect(markedTexts(pasted, 'superscript')).toEqual(['3']);
    expect(editor.getHTML()).not.toMatch(/style=|class="Mso|NCF1|·/);
  });

  it('pastes hostile HTML without scripts, handlers or javascript: links', () => {
    const editor = editorWith(false);
    editor.view.pasteHTML(
      '<p>Texte témoin.</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' +
        '<p><a href="java&#x09;script:alert(1)">Lire la suite</a></p>',
      pasteEvent(),
    );
    expect(editor.getHTML()).toBe('<p>Texte témoin.</p><p>Lire la suite</p>');
    expect(editor.view.dom.querySelector('script, img, [onerror]')).toBeNull();
  });

  it('pastes plain text as paragraphs and line breaks, markup staying text', () => {
    const editor = editorWith(false);
    editor.view.pasteText('Un\ndeux\n\n<script>alert(1)</script>', pasteEvent());
    expect(editor.getJSON().content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Un' },
          { type: 'hardBreak' },
          { type: 'text', text: 'deux' },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
    ]);
  });

  it('applies French typography only when the option says so', () => {
    const french = editorWith(true);
    french.view.pasteText('Il a dit "non" : https://example.org/a?b=1;c=2 !', pasteEvent());
    expect(textOf(french.getJSON())).toBe(
      'Il a dit «\u202fnon\u202f»\u00a0: https://example.org/a?b=1;c=2\u202f!',
    );
    const english = editorWith(false);
    english.view.pasteHTML('<p>He said "no" : fine !</p>', pasteEvent());
    expect(textOf(english.getJSON())).toBe('He said "no" : fine !');
  });
});
