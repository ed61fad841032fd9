import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';

/** A4 width between 1-inch margins, in twips (the docx package's default page). */
const textWidth = 11_906 - 2 * 1_440;

/**
 * A table at full width; a first row of header cells repeats on each page. Cell content is
 * rendered by `blocks` (paragraphs, as the schema allows).
 */
export const docxTable = (
  node: ProseMirrorNode,
  blocks: (container: ProseMirrorNode) => (Paragraph | Table)[],
): Table => {
  const rows: TableRow[] = [];
  node.forEach((row, _offset, index) => {
    const cells: TableCell[] = [];
    let header = true;
    row.forEach((cell) => {
      header &&= cell.type.name === 'tableHeader';
      const children = blocks(cell);
      cells.push(
        new TableCell({ children: children.length === 0 ? [new Paragraph('')] : children }),
      );
    });
    rows.push(new TableRow({ children: cells, tableHeader: header && index === 0 }));
  });
  const columns = Math.max(1, node.firstChild?.childCount ?? 1);
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => Math.floor(textWidth / columns)),
  });
};
