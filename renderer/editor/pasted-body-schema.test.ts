import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createExtensions } from '../../shared/editor/extensions';
import { CleanPaste } from '../paste/clean-paste';

// Paste needs no normaliser of its own: ProseMirror's clipboard parser builds the slice with the
// schema's ContentMatch and Mark.addToSet, and the replace step fits it. This guards that.
const editors: Editor[] = [];
const pasteEvent = (): ClipboardEvent => new Event('paste') as ClipboardEvent;

const editor = (): Editor => {
  const created = new Editor({
    element: document.createElement('div'),
    extensions: [...createExtensions(), CleanPaste],
    content: '<ul><li><p>Premier point</p></li></ul>',
  });
  editors.push(created);
  return created;
};

afterEach(() => {
  editors.splice(0).forEach((created) => created.destroy());
});

describe('pasting into the body', () => {
  it('keeps the document within the schema: repeated marks merged, a heading opening a list item fitted', () => {
    const target = editor();
    target.commands.setTextSelection(4);
    target.view.pasteHTML(
      '<p><b><strong><em><b>gras</b></em></strong></b></p>' +
        '<ul><li><h2>Titre dans la liste</h2><blockquote>Citation</blockquote></li></ul>' +
        '<h1><ul><li>liste dans le titre</li></ul></h1>',
      pasteEvent(),
    );
    expect(() => target.state.doc.check()).not.toThrow();
    expect(target.state.doc.textContent).toContain('gras');
    expect(target.state.doc.textContent).toContain('Titre dans la liste');
    expect(target.state.doc.textContent).toContain('liste dans le titre');
  });

  it('keeps the document within the schema for pasted plain text', () => {
    const target = editor();
    target.commands.setTextSelection(4);
    target.view.pasteText('## titre\n\n- point\n\n> citation', pasteEvent());
    expect(() => target.state.doc.check()).not.toThrow();
    expect(target.state.doc.textContent).toContain('citation');
  });
});
