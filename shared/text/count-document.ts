import type { Counts } from '../model/counts';
import type { TiptapDocument } from '../model/tiptap-document';
import { countText } from './count-text';
import { documentBlocks } from './document-blocks';

/**
 * Counts of a document's final text (suggested deletions left out); blocks are separated by one
 * space, empty blocks add nothing.
 */
export const countDocument = (doc: TiptapDocument): Counts =>
  countText(
    documentBlocks(doc, { finalText: true })
      .filter((block) => block.length > 0)
      .join('\n'),
  );
