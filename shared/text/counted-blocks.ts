import type { TiptapDocument } from '../model/tiptap-document';
import { documentBlocks } from './document-blocks';

/** The mark of text suggested out (`suggestionMarkNames.deletion`, which shared/text cannot import). */
export const suggestedOutMark = 'suggestionDeletion';

/**
 * The non-empty blocks that counts read: the final text, so text suggested out is not counted
 * (nor joined to the text suggested in its place).
 */
export const countedBlocks = (doc: TiptapDocument): string[] =>
  documentBlocks(doc, { skipMark: suggestedOutMark }).filter((block) => block.length > 0);
