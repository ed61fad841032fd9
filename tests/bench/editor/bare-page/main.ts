import { Editor, getSchema } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';

const response = await fetch('./doc.json');
const content = (await response.json()) as object;
const editorProps = { attributes: { role: 'textbox', 'aria-label': 'Article body' } };
// `?collaboration`: the same document bound through a Yjs document, as Copydesk binds it.
if (new URLSearchParams(location.search).has('collaboration')) {
  const extensions = [StarterKit.configure({ undoRedo: false })];
  const document_ = prosemirrorJSONToYDoc(getSchema(extensions), content, 'body');
  new Editor({
    element: document.getElementById('editor')!,
    extensions: [...extensions, Collaboration.configure({ document: document_, field: 'body' })],
    editorProps,
  });
} else {
  new Editor({
    element: document.getElementById('editor')!,
    extensions: [StarterKit],
    content,
    editorProps,
  });
}
document.body.dataset.ready = 'true';
