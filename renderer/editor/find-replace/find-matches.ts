import type { Node } from '@tiptap/pm/model';
import type { FindOptions } from './find-in-text';
import { findInText } from './find-in-text';

export interface TextMatch {
  from: number;
  to: number;
}

/** Stands for an inline node that is not text (hard break, inline image): one position, never a letter. */
const objectReplacement = '\ufffc';

/** A textblock's text where offset i is document position `start + 1 + i`. */
const blockText = (block: Node): string => {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : objectReplacement.repeat(child.nodeSize);
  });
  return text;
};

/** Matches inside one textblock that starts at `position`; the query never spans two blocks. */
export const findInBlock = (block: Node, position: number, options: FindOptions): TextMatch[] =>
  findInText(blockText(block), options).map((offset) => ({
    from: position + 1 + offset,
    to: position + 1 + offset + options.query.length,
  }));

/** Every textblock between `from` and `to` (the whole document by default), with its position. */
export const textblocksBetween = (
  doc: Node,
  from = 0,
  to = doc.content.size,
): { block: Node; position: number }[] => {
  const blocks: { block: Node; position: number }[] = [];
  doc.nodesBetween(from, to, (node, position) => {
    if (!node.isTextblock) return true;
    blocks.push({ block: node, position });
    return false;
  });
  return blocks;
};

/** One pass over the document: each textblock's text is built once and searched once. */
export const findMatches = (doc: Node, options: FindOptions): TextMatch[] =>
  options.query === ''
    ? []
    : textblocksBetween(doc).flatMap(({ block, position }) =>
        findInBlock(block, position, options),
      );
