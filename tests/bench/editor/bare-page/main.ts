import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

const response = await fetch('./doc.json');
const content = (await response.json()) as object;
new Editor({
  element: document.getElementById('editor')!,
  extensions: [StarterKit],
  content,
  editorProps: { attributes: { role: 'textbox', 'aria-label': 'Article body' } },
});
document.body.dataset.ready = 'true';
