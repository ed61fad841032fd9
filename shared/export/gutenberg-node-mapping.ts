import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { escapeHtml } from './escape-html';
import { renderFigureHtml } from './figure-html';
import type { HtmlNodeMapping } from './html-node-mapping';
import { joinChildren } from './html-node-mapping';
import { renderTableCellHtml } from './table-cell-html';
import { renderTableSectionsHtml } from './table-sections-html';

type BlockAttributes = Record<string, number | boolean>;

const block = (
  name: string,
  html: string,
  attributes: BlockAttributes = {},
  line = '\n',
): string => {
  const json = Object.keys(attributes).length === 0 ? '' : ` ${JSON.stringify(attributes)}`;
  return `<!-- wp:${name}${json} -->${line}${html}${line}<!-- /wp:${name} -->`;
};

/** Parents whose WordPress blocks hold inline text, not paragraph blocks. */
const inlineParents = new Set(['listItem', 'tableCell', 'tableHeader', 'pullQuote']);

const paragraph = (node: ProseMirrorNode, parent: ProseMirrorNode | undefined, inner: string) => {
  if (parent !== undefined && inlineParents.has(parent.type.name)) {
    return parent.firstChild === node ? inner : `<br>${inner}`;
  }
  return block('paragraph', `<p>${inner}</p>`);
};

const list = (node: ProseMirrorNode, inner: string): string => {
  if (node.type.name === 'bulletList')
    return block('list', `<ul class="wp-block-list">${inner}</ul>`);
  const start = Number(node.attrs.start ?? 1);
  const startAttribute = start === 1 ? '' : ` start="${start}"`;
  const attributes: BlockAttributes = start === 1 ? { ordered: true } : { ordered: true, start };
  return block('list', `<ol${startAttribute} class="wp-block-list">${inner}</ol>`, attributes);
};

const pullQuote = (node: ProseMirrorNode, inner: string): string => {
  const attribution = String(node.attrs.attribution ?? '');
  const cite = attribution === '' ? '' : `<cite>${escapeHtml(attribution)}</cite>`;
  const html = `<figure class="wp-block-pullquote"><blockquote><p>${inner}</p>${cite}</blockquote></figure>`;
  return block('pullquote', html);
};

/**
 * Static-renderer overrides that write each block as the WordPress block editor saves it, with
 * its `<!-- wp:… -->` comments. Inline content still comes from the extensions' own renderers.
 */
export const gutenbergNodeMapping = (
  imageSource: (node: ProseMirrorNode) => string,
): HtmlNodeMapping => ({
  doc: ({ children }) => joinChildren(children, '\n\n'),
  paragraph: ({ node, parent, children }) => paragraph(node, parent, joinChildren(children)),
  heading: ({ node, children }) => {
    const level = node.attrs.level === 3 ? 3 : 2;
    const html = `<h${level} class="wp-block-heading">${joinChildren(children)}</h${level}>`;
    return block('heading', html, level === 2 ? {} : { level });
  },
  bulletList: ({ node, children }) => list(node, joinChildren(children)),
  orderedList: ({ node, children }) => list(node, joinChildren(children)),
  listItem: ({ children }) => block('list-item', `<li>${joinChildren(children)}</li>`, {}, ''),
  blockquote: ({ children }) =>
    block(
      'quote',
      `<blockquote class="wp-block-quote">${joinChildren(children, '\n\n')}</blockquote>`,
    ),
  pullQuote: ({ node, children }) => pullQuote(node, joinChildren(children)),
  figure: ({ node }) => {
    const source = imageSource(node);
    const classes = { figure: 'wp-block-image', figcaption: 'wp-element-caption' };
    return source === ''
      ? block('html', renderFigureHtml(node, source))
      : block('image', renderFigureHtml(node, source, classes));
  },
  table: ({ node, children }) =>
    block(
      'table',
      `<figure class="wp-block-table"><table>${renderTableSectionsHtml(node, [children ?? []].flat())}</table></figure>`,
    ),
  tableHeader: ({ node, children }) => renderTableCellHtml(node, joinChildren(children)),
  tableCell: ({ node, children }) => renderTableCellHtml(node, joinChildren(children)),
  horizontalRule: () =>
    block('separator', '<hr class="wp-block-separator has-alpha-channel-opacity">'),
});
