import { mergeAttributes } from '@tiptap/core';
import { Table } from '@tiptap/extension-table';

/**
 * Tables without column resizing, rendered as plain `<table><tbody>`: no `<colgroup>` and no
 * inline `min-width` style, so exports stay clean and the page needs no inline styles.
 */
export const SimpleTable = Table.extend({
  renderHTML({ HTMLAttributes }) {
    return ['table', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), ['tbody', 0]];
  },
}).configure({ resizable: false });
