import type { TiptapNode } from '../model/tiptap-document';
import { documentBlocks } from '../text/document-blocks';

/** The text of one top-level node: its text blocks joined by "\n", hard breaks as "\n". */
export const blockText = (node: TiptapNode): string =>
  documentBlocks({ type: 'doc', content: [node] }).join('\n');
