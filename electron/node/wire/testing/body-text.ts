import type { TiptapNode } from '../../../../shared/model/tiptap-document';

/** @internal Every text of a document, blocks separated by new lines. */
export const bodyText = (node: TiptapNode): string =>
  node.type === 'text'
    ? (node.text ?? '')
    : (node.content ?? []).map(bodyText).join(node.type === 'doc' ? '\n' : '');
