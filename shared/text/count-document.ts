import type { Counts } from '../model/counts';
import type { TiptapDocument } from '../model/tiptap-document';
import { countText } from './count-text';
import { countedBlocks } from './counted-blocks';

/**
 * Counts of a document's final text (see countedBlocks); blocks are separated by one space,
 * empty blocks add nothing.
 */
export const countDocument = (doc: TiptapDocument): Counts =>
  countText(countedBlocks(doc).join('\n'));
