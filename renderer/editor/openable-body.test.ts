import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { createExtensions } from '../../shared/editor/extensions';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { openableBody } from './openable-body';

// What an older Copydesk could store from a Markdown import.
const stored: TiptapDocument = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Gras', marks: [{ type: 'bold' }, { type: 'bold' }] }],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Bilan' }] },
          ],
        },
      ],
    },
  ],
};

const opened = (body: TiptapDocument): Editor =>
  new Editor({
    element: document.createElement('div'),
    extensions: createExtensions(),
    content: body,
  });

describe('openableBody', () => {
  it('opens a stored body the schema refuses as one it accepts, every word kept', () => {
    const editor = opened(openableBody(stored));
    expect(() => editor.state.doc.check()).not.toThrow();
    expect(editor.state.doc.textContent).toBe('GrasBilan');
    editor.destroy();
  });

  it('leaves a body that fits as it is', () => {
    const fitting: TiptapDocument = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte' }] }],
    };
    expect(openableBody(fitting)).toBe(fitting);
  });
});
