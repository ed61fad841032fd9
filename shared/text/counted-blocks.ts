import type { TiptapDocument } from '../model/tiptap-document';
import { documentBlocks } from './document-blocks';

/**
 * The non-empty blocks that counts read: the final text, so text suggested out is not counted
 * (nor joined to the text suggested in its place).
 */
export const countedBlocks = (doc: TiptapDocument): string[] =>
  documentBlocks(doc, { finalText: true }).filter((block) => block.length > 0);
