import type { AnyExtension, JSONContent, MarkdownParseHelpers, MarkdownToken } from '@tiptap/core';
import { Node } from '@tiptap/core';
import { escapeMarkdownText } from './markdown-escapes';

/** Put before the credit line; taken off again on import. */
export const creditMarker = '© ';

const singleLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

const escapeTitle = (text: string): string => singleLine(text).replace(/["\\]/g, '\\$&');

const destination = (source: string): string =>
  /[\s<>()]/.test(source) || source === '' ? `<${source.replace(/[<>\n]/g, '')}>` : source;

const renderFigure = (node: JSONContent): string => {
  const { src, alt, caption, credit } = {
    src: '',
    alt: '',
    caption: '',
    credit: '',
    ...node.attrs,
  };
  const title = caption === '' ? '' : ` "${escapeTitle(caption)}"`;
  const image = `![${escapeMarkdownText(singleLine(alt))}](${destination(src)}${title})`;
  return credit === ''
    ? image
    : `${image}\\\n${creditMarker}${escapeMarkdownText(singleLine(credit))}`;
};

/** The figure node renders as `![alt](src "caption")`, then `\` + newline + `© credit`. */
export const withFigureMarkdown = (figure: AnyExtension): AnyExtension =>
  figure instanceof Node ? figure.extend({ renderMarkdown: renderFigure }) : figure;

const textOf = (nodes: JSONContent[]): string => nodes.map((node) => node.text ?? '').join('');

/**
 * A paragraph holding only an image (optionally followed by a hard break and the credit line)
 * as a figure; null for every other paragraph.
 */
export const figureFromParagraph = (
  token: MarkdownToken,
  helpers: MarkdownParseHelpers,
): JSONContent | null => {
  const [image, lineBreak, ...rest] = token.tokens ?? [];
  if (image?.type !== 'image') return null;
  if (lineBreak !== undefined && lineBreak.type !== 'br') return null;
  const creditText = textOf(helpers.parseInline(rest));
  const credit = creditText.startsWith(creditMarker)
    ? creditText.slice(creditMarker.length)
    : creditText;
  return helpers.createNode('figure', {
    src: String(image.href ?? ''),
    alt: textOf(helpers.parseInline(image.tokens ?? [])),
    caption: String(image.title ?? ''),
    credit: credit.trim(),
  });
};
