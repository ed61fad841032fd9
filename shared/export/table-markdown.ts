import type {
  AnyExtension,
  JSONContent,
  MarkdownExtensionSpec,
  MarkdownRendererHelpers,
} from '@tiptap/core';
import { Node, getExtensionField } from '@tiptap/core';

const lineBreak = '<br>';

const cellMarkdown = (cell: JSONContent, helpers: MarkdownRendererHelpers): string =>
  (cell.content ?? [])
    .map((block) =>
      helpers.renderChildren(block.type === 'paragraph' ? (block.content ?? []) : [block]),
    )
    .map((text) => text.replace(/ *\n */g, lineBreak))
    .join(lineBreak + lineBreak)
    .replace(/\|/g, '\\|');

const rowMarkdown = (cells: string[]): string => `| ${cells.join(' | ')} |`;

const renderTable = (node: JSONContent, helpers: MarkdownRendererHelpers): string => {
  const rows = (node.content ?? []).map((row) => row.content ?? []);
  const width = Math.max(1, ...rows.map((cells) => cells.length));
  const texts = rows.map((cells) =>
    Array.from({ length: width }, (_unused, index) => {
      const cell = cells[index];
      return cell === undefined ? '' : cellMarkdown(cell, helpers);
    }),
  );
  const hasHeader = (rows[0] ?? []).some((cell) => cell.type === 'tableHeader');
  const header = hasHeader ? (texts[0] ?? []) : Array.from({ length: width }, () => '');
  const body = hasHeader ? texts.slice(1) : texts;
  const separator = rowMarkdown(Array.from({ length: width }, () => '---'));
  return [rowMarkdown(header), separator, ...body.map(rowMarkdown)].join('\n');
};

const splitParagraphs = (paragraph: JSONContent): JSONContent[] => {
  const paragraphs: JSONContent[][] = [[]];
  const content = paragraph.content ?? [];
  content.forEach((node, index) => {
    const isDouble = node.type === 'hardBreak' && content[index + 1]?.type === 'hardBreak';
    const isSecond = node.type === 'hardBreak' && content[index - 1]?.type === 'hardBreak';
    if (isDouble) paragraphs.push([]);
    else if (!isSecond) paragraphs.at(-1)?.push(node);
  });
  return paragraphs.map((inline) =>
    inline.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: inline },
  );
};

const splitCells = (node: JSONContent): JSONContent => {
  if (node.type === 'tableCell' || node.type === 'tableHeader') {
    return { ...node, content: (node.content ?? []).flatMap(splitParagraphs) };
  }
  return node.content === undefined ? node : { ...node, content: node.content.map(splitCells) };
};

/**
 * GFM tables: `|` escaped in cells, hard breaks as `<br>`, paragraphs in a cell separated by
 * `<br><br>` (split again on import). Tables without a header row get an empty one.
 */
export const withTableMarkdown = (table: AnyExtension): AnyExtension => {
  if (!(table instanceof Node)) return table;
  const parse = getExtensionField<MarkdownExtensionSpec['parseMarkdown']>(table, 'parseMarkdown');
  return table.extend({
    renderMarkdown: renderTable,
    parseMarkdown: (token, helpers) => {
      const parsed = parse?.(token, helpers);
      return parsed !== undefined && !Array.isArray(parsed) && 'type' in parsed
        ? splitCells(parsed)
        : (parsed ?? []);
    },
  });
};
