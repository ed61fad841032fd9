import type { XmlElement, XmlNode } from './xml-node';
import { xmlChildren } from './xml-children';

const textNode = 3;
const cdataNode = 4;

// NITF and XHTML elements the editor has a counterpart for; any other keeps only its content.
const htmlNames: Record<string, string> = {
  p: 'p',
  hl1: 'h2',
  hl2: 'h3',
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  em: 'em',
  i: 'em',
  strong: 'strong',
  b: 'strong',
  u: 'u',
  a: 'a',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  bq: 'blockquote',
  blockquote: 'blockquote',
  br: 'br',
  sub: 'sub',
  sup: 'sup',
  table: 'table',
  tbody: 'tbody',
  thead: 'thead',
  tr: 'tr',
  td: 'td',
  th: 'th',
};

// Pictures are read from their own metadata; their markup in a body would only duplicate them.
const dropped = new Set(['media', 'img', 'figure', 'object', 'script', 'style']);

const escapeText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const escapeAttribute = (text: string): string => escapeText(text).replaceAll('"', '&quot;');

const nodeHtml = (node: XmlNode): string => {
  if (node.nodeType === textNode || node.nodeType === cdataNode) {
    return escapeText(node.nodeValue ?? '');
  }
  if (node.nodeType !== 1) return '';
  const element = node as XmlElement;
  if (dropped.has(element.localName)) return '';
  const inner = childrenHtml(element);
  const name = htmlNames[element.localName];
  if (name === undefined) return inner;
  if (name === 'br') return '<br>';
  const href = name === 'a' ? element.getAttribute('href') : null;
  const attributes = href === null ? '' : ` href="${escapeAttribute(href)}"`;
  return `<${name}${attributes}>${inner}</${name}>`;
};

function childrenHtml(parent: XmlNode): string {
  let html = '';
  for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
    html += nodeHtml(child);
  }
  return html;
}

/**
 * An NITF `body.content` or XHTML `body` as plain HTML for the import intake: NITF headings
 * become the editor's, media are left to the pictures, unknown elements keep their text. The
 * tree was checked for depth before, so the recursion is bounded.
 */
export const bodyMarkupHtml = (container: XmlElement): string =>
  xmlChildren(container).length === 0
    ? `<p>${childrenHtml(container)}</p>`
    : childrenHtml(container);
