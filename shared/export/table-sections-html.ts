import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

const isHeaderRow = (row: ProseMirrorNode | null): boolean => {
  if (row === null || row.childCount === 0) return false;
  let headers = true;
  row.forEach((cell) => {
    if (cell.type.name !== 'tableHeader') headers = false;
  });
  return headers;
};

/**
 * A table's rendered rows in their sections: a first row of header cells in `<thead>`, the
 * others in `<tbody>`.
 */
export const renderTableSectionsHtml = (
  table: ProseMirrorNode,
  rows: readonly string[],
): string => {
  const headed = isHeaderRow(table.firstChild) && rows.length > 0;
  const head = headed ? `<thead>${rows[0]}</thead>` : '';
  const body = headed ? rows.slice(1) : rows;
  return `${head}${body.length === 0 ? '' : `<tbody>${body.join('')}</tbody>`}`;
};
