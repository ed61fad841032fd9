import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { IParagraphOptions, Table } from 'docx';
import { BorderStyle, HeadingLevel, Paragraph } from 'docx';
import { missingCaseError } from '../../../shared/errors/missing-case';
import { inlineRuns } from './docx-inline';
import { figureParagraphs } from './docx-figure';
import { bulletReference, maximumListLevel, orderedReference } from './docx-styles';
import { docxTable } from './docx-table';

export type DocxBlock = Paragraph | Table;

/** What a walk over the body collects besides the blocks: the numbering the lists need. */
export interface DocxBlockContext {
  readAsset: (source: string) => Uint8Array | null;
  orderedStarts: Set<number>;
  listInstances: number;
}

/** Where a paragraph sits: the style of its quote, the list item it starts, if any. */
interface Placement {
  style?: string;
  list?: { reference: string; level: number; instance: number };
  /** Indent of a list item's later paragraphs, in twips. */
  indent?: number;
}

type BlockType =
  | 'paragraph'
  | 'heading'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'pullQuote'
  | 'figure'
  | 'table'
  | 'horizontalRule';

const listIndent = (level: number): number => 720 * (level + 1);

const paragraphOptions = (node: ProseMirrorNode, placement: Placement): IParagraphOptions => ({
  children: inlineRuns(node),
  ...(placement.style === undefined ? {} : { style: placement.style }),
  ...(placement.list === undefined ? {} : { numbering: placement.list }),
  ...(placement.indent === undefined ? {} : { indent: { left: placement.indent } }),
});

const listBlocks = (
  list: ProseMirrorNode,
  level: number,
  placement: Placement,
  context: DocxBlockContext,
): DocxBlock[] => {
  const ordered = list.type.name === 'orderedList';
  const start = Math.max(1, Math.trunc(Number(list.attrs.start ?? 1)) || 1);
  if (ordered) context.orderedStarts.add(start);
  context.listInstances += 1;
  const numbering = {
    reference: ordered ? orderedReference(start) : bulletReference,
    level: Math.min(level, maximumListLevel),
    instance: context.listInstances,
  };
  const blocks: DocxBlock[] = [];
  list.forEach((item) => {
    let first = true;
    item.forEach((child) => {
      if (child.type.name === 'bulletList' || child.type.name === 'orderedList') {
        blocks.push(...listBlocks(child, level + 1, placement, context));
        return;
      }
      const inItem: Placement = first
        ? { style: placement.style, list: numbering }
        : { style: placement.style, indent: listIndent(numbering.level) };
      blocks.push(...blockOf(child, inItem, context, level));
      first = false;
    });
  });
  return blocks;
};

const blockOf = (
  node: ProseMirrorNode,
  placement: Placement,
  context: DocxBlockContext,
  listLevel = -1,
): DocxBlock[] => {
  const type = node.type.name as BlockType;
  switch (type) {
    case 'paragraph':
      return [new Paragraph(paragraphOptions(node, placement))];
    case 'heading':
      return [
        new Paragraph({
          ...paragraphOptions(node, placement),
          heading: node.attrs.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2,
        }),
      ];
    case 'bulletList':
    case 'orderedList':
      return listBlocks(node, listLevel + 1, { style: placement.style }, context);
    case 'blockquote':
      return childBlocks(node, { style: 'Quote' }, context);
    case 'pullQuote': {
      const attribution = String(node.attrs.attribution ?? '');
      return [
        ...childBlocks(node, { style: 'PullQuote' }, context),
        ...(attribution === ''
          ? []
          : [new Paragraph({ style: 'PullQuoteAttribution', text: `— ${attribution}` })]),
      ];
    }
    case 'figure':
      return figureParagraphs(node, context.readAsset);
    case 'table':
      return [docxTable(node, (cell) => childBlocks(cell, {}, context))];
    case 'horizontalRule':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } },
        }),
      ];
    default:
      throw missingCaseError(type);
  }
};

/** The DOCX blocks of every child of a container node (the document, a quote, a cell). */
export const childBlocks = (
  container: ProseMirrorNode,
  placement: Placement,
  context: DocxBlockContext,
): DocxBlock[] => {
  const blocks: DocxBlock[] = [];
  container.forEach((child) => blocks.push(...blockOf(child, placement, context)));
  return blocks;
};
