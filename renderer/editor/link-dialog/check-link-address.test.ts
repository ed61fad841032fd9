import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyEditorOptions } from '../testing/body-editor-options';
import { applyLink, currentLinkAddress, removeLink } from './apply-link';
import { checkLinkAddress } from './check-link-address';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('link dialog', () => {
  it.each([
    ['https://www.jeuneafrique.com/article', 'https://www.jeuneafrique.com/article'],
    ['  HTTPS://Example.org  ', 'https://example.org/'],
    ['mailto:redaction@example.org', 'mailto:redaction@example.org'],
  ])('accepts %s', (raw, href) => {
    expect(checkLinkAddress(raw)).toEqual({ ok: true, href });
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['//evil.example'],
    ['www.example.org'],
  ])('refuses %s', (raw) => {
    expect(checkLinkAddress(raw)).toEqual({ ok: false, problem: 'refused' });
  });

  it('asks for an address when the field is blank', () => {
    expect(checkLinkAddress('   ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('links the selection, reads the address back and removes it', () => {
    editor = new Editor({
      element: document.createElement('div'),
      extensions: bodyEditorOptions('<p>Lire la suite</p>').extensions,
      injectCSS: false,
    });
    editor.commands.setTextSelection({ from: 6, to: 14 });
    expect(applyLink(editor, 'https://example.org/')).toBe(true);
    expect(editor.getHTML()).toBe(
      '<p>Lire <a rel="noopener noreferrer nofollow" href="https://example.org/">la suite</a></p>',
    );
    editor.commands.setTextSelection(8);
    expect(currentLinkAddress(editor)).toBe('https://example.org/');
    expect(removeLink(editor)).toBe(true);
    expect(editor.getHTML()).toBe('<p>Lire la suite</p>');
  });

  it('with nothing selected, inserts the address as a link', () => {
    editor = new Editor({
      element: document.createElement('div'),
      extensions: bodyEditorOptions('<p>Voir ici</p>').extensions,
      injectCSS: false,
    });
    editor.commands.setTextSelection(6);
    applyLink(editor, 'https://example.org/');
    expect(editor.getText()).toBe('Voir https://example.org/ici');
    expect(editor.getHTML()).toContain('href="https://example.org/"');
  });

  it('the editor itself refuses a forbidden address even without the dialog', () => {
    editor = new Editor({
      element: document.createElement('div'),
      extensions: bodyEditorOptions('<p>Lire</p>').extensions,
      injectCSS: false,
    });
    editor.commands.setTextSelection({ from: 1, to: 5 });
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(editor.getHTML()).toBe('<p>Lire</p>');
  });
});
