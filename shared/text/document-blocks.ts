import type { TiptapDocument, TiptapNode } from '../model/tiptap-document';

const closeBlock = Symbol('close block');

/** suggestionMarkNames.deletion (shared/editor): text below the editor layer cannot import it. */
export const suggestedOutMark = 'suggestionDeletion';

const isStruck = (node: TiptapNode): boolean =>
  (node.marks ?? []).some((mark) => mark.type === suggestedOutMark);

/**
 * The text of each block of a document, in order: text nodes are concatenated, a hard break
 * becomes "\n", and a block without text (an empty paragraph, a rule) yields "".
 * Iterative, so a very long or deeply nested document neither overflows the stack nor
 * builds strings quadratically. With `finalText`, text suggested out is left out (what counts
 * measure: the text as it will be once the suggestions are accepted).
 */
export const documentBlocks = (
  doc: TiptapDocument,
  { finalText = false }: { finalText?: boolean } = {},
): string[] => {
  const blocks: string[] = [];
  let pieces: string[] | null = null;
  const flush = (): void => {
    if (pieces !== null) blocks.push(pieces.join(''));
    pieces = null;
  };
  const stack: (TiptapNode | typeof closeBlock)[] = [...(doc.content ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === closeBlock) {
      flush();
    } else if (node.type === 'text') {
      (pieces ??= []).push(finalText && isStruck(node) ? '' : (node.text ?? ''));
    } else if (node.type === 'hardBreak') {
      (pieces ??= []).push('\n');
    } else {
      flush();
      const children = node.content ?? [];
      if (children.length === 0) blocks.push('');
      stack.push(closeBlock);
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
    }
  }
  flush();
  return blocks;
};
