import { Fragment } from '@tiptap/pm/model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

const isBlankParagraph = (node: ProseMirrorNode): boolean => {
  if (node.type.name !== 'paragraph' || node.textContent.trim() !== '') return false;
  let inlineOnly = true;
  node.forEach((child) => {
    if (!child.isText && child.type.name !== 'hardBreak') inlineOnly = false;
  });
  return inlineOnly;
};

/** The document without the empty paragraphs (or only spaces and line breaks) it ends with. */
export const withoutTrailingBlankParagraphs = (document: ProseMirrorNode): ProseMirrorNode => {
  let end = document.childCount;
  while (end > 0 && isBlankParagraph(document.child(end - 1))) end -= 1;
  if (end === document.childCount) return document;
  const kept: ProseMirrorNode[] = [];
  for (let index = 0; index < end; index += 1) kept.push(document.child(index));
  return document.copy(Fragment.fromArray(kept));
};
