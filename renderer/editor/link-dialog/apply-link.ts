import type { Editor } from '@tiptap/core';

/** Links the selection (or the whole link under the cursor); with nothing selected, inserts the address as text. */
export const applyLink = (editor: Editor, href: string): boolean => {
  const chain = editor.chain().focus().extendMarkRange('link');
  if (editor.state.selection.empty && !editor.isActive('link')) {
    return chain
      .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
      .unsetMark('link')
      .run();
  }
  return chain.setLink({ href }).run();
};

export const removeLink = (editor: Editor): boolean =>
  editor.chain().focus().extendMarkRange('link').unsetLink().run();

export const currentLinkAddress = (editor: Editor): string => {
  const href: unknown = editor.getAttributes('link').href;
  return typeof href === 'string' ? href : '';
};
