import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Stands for an inline leaf (image, mention…): the engine leaves it alone and it keeps its place. */
export const objectReplacement = '\uFFFC';

const isForeignOrCode = (node: ProseMirrorNode): boolean =>
  node.marks.some((mark) => {
    if (mark.type.spec.code) return true;
    const language: unknown = mark.attrs.lang;
    return typeof language === 'string' && language !== '' && !/^fr(?:-|$)/i.test(language);
  });

/**
 * The text of a textblock with one character per document position, so that index `i` is the
 * position `contentStart + i`: a hard break reads as a line break, other leaves and passages the
 * engine must not touch (code, another language) as U+FFFC.
 */
export const textblockText = (block: ProseMirrorNode): string => {
  let text = '';
  block.forEach((child) => {
    if (child.isText && !isForeignOrCode(child)) text += child.text ?? '';
    else if (child.type.name === 'hardBreak') text += '\n';
    else text += objectReplacement.repeat(child.nodeSize);
  });
  return text;
};
