import type { TiptapDocument } from '../model/tiptap-document';
import { documentBlocks } from './document-blocks';

/** Plain text of a document: one line per block, hard breaks as "\n". */
export const documentText = (doc: TiptapDocument): string => documentBlocks(doc).join('\n');
