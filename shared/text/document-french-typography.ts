import type { TiptapNode } from '../model/tiptap-document';
import { fixFrenchTypography } from './french-typography';
import type { TypographyProfile } from './typography-profile';

// Marks where each text node of a block ends while the block goes through as one run.
const boundary = '\ue000';

const fixBlock = (node: TiptapNode, profile: TypographyProfile): TiptapNode => {
  const texts = (node.content ?? []).filter((child) => child.type === 'text');
  const joined = texts.map((text) => text.text ?? '').join(boundary);
  if (texts.length === 0 || joined.includes(`${boundary}${boundary}`)) return node;
  const fixed = fixFrenchTypography(joined, profile).split(boundary);
  if (fixed.length !== texts.length) return node;
  let index = 0;
  return {
    ...node,
    content: (node.content ?? []).map((child) =>
      child.type === 'text' ? { ...child, text: fixed[index++] ?? child.text } : child,
    ),
  };
};

const fixAttribute = (value: unknown, profile: TypographyProfile): unknown =>
  typeof value === 'string' && value !== '' ? fixFrenchTypography(value, profile) : value;

/**
 * French typography over a whole document, as "Fix typography" does: each block's text nodes
 * go through together (quotes pair across bold and italic), figure captions too; credits,
 * link targets and other attributes are left alone.
 */
export const documentFrenchTypography = (
  node: TiptapNode,
  profile: TypographyProfile,
): TiptapNode => {
  if (node.type === 'figure') {
    return {
      ...node,
      attrs: {
        ...node.attrs,
        caption: fixAttribute(node.attrs?.caption, profile),
        alt: fixAttribute(node.attrs?.alt, profile),
      },
    };
  }
  if ((node.content ?? []).some((child) => child.type === 'text')) return fixBlock(node, profile);
  return node.content === undefined
    ? node
    : { ...node, content: node.content.map((child) => documentFrenchTypography(child, profile)) };
};
