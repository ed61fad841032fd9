import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

const alignments = new Set(['left', 'center', 'right']);

const span = (name: string, value: unknown): string => {
  const count = Number(value ?? 1);
  return Number.isInteger(count) && count > 1 ? ` ${name}="${count}"` : '';
};

/**
 * A `<td>` or `<th>` with only what differs from the default: `colspan`/`rowspan` above 1 and an
 * alignment; never `colspan="1" rowspan="1"`, never the editor's column widths.
 */
export const renderTableCellHtml = (node: ProseMirrorNode, inner: string): string => {
  const tag = node.type.name === 'tableHeader' ? 'th' : 'td';
  const align = String(node.attrs.align ?? '');
  const style = alignments.has(align) ? ` style="text-align: ${align}"` : '';
  return `<${tag}${span('colspan', node.attrs.colspan)}${span('rowspan', node.attrs.rowspan)}${style}>${inner}</${tag}>`;
};
