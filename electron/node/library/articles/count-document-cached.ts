import type { Counts } from '../../../../shared/model/counts';
import type { TiptapDocument } from '../../../../shared/model/tiptap-document';
import { countDocument } from '../../../../shared/text/count-document';
import { countText } from '../../../../shared/text/count-text';
import { countedBlocks } from '../../../../shared/text/counted-blocks';

/** Blocks of the documents counted lately: an autosave changes a paragraph or two, not 200. */
const cachedBlocks = new Map<string, Counts>();
const cacheLimit = 4_096;

const countBlock = (block: string): Counts => {
  let counts = cachedBlocks.get(block);
  if (counts === undefined) {
    counts = countText(block);
    if (cachedBlocks.size >= cacheLimit) cachedBlocks.delete(cachedBlocks.keys().next().value!);
  } else {
    cachedBlocks.delete(block);
  }
  cachedBlocks.set(block, counts);
  return counts;
};

/**
 * The same counts as `countDocument`, summed block by block over the blocks' cached counts (the
 * line break between two blocks is one signe, one space): counting a 20,000-word article again
 * after a one-paragraph edit costs one paragraph. A block ending in CR would join the break into
 * one CR LF cluster, so such documents are counted whole.
 */
export const countDocumentCached = (doc: TiptapDocument): Counts => {
  const blocks = countedBlocks(doc);
  if (blocks.some((block) => block.endsWith('\r'))) return countDocument(doc);
  const total = { words: 0, signes: Math.max(blocks.length - 1, 0), signesWithoutSpaces: 0 };
  for (const block of blocks) {
    const counts = countBlock(block);
    total.words += counts.words;
    total.signes += counts.signes;
    total.signesWithoutSpaces += counts.signesWithoutSpaces;
  }
  return total;
};
