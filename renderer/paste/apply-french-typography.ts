import { fixFrenchTypography } from '../../shared/text/french-typography';
import type { TypographyProfile } from '../../shared/text/typography-profile';

const untouchedTags: ReadonlySet<string> = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'tt',
  'var',
  'script',
  'style',
  'textarea',
  'noscript',
  'template',
  'svg',
  'math',
  'xmp',
  'head',
  'title',
]);

const blockSelector =
  'p, h1, h2, h3, h4, h5, h6, li, td, th, caption, figcaption, blockquote, div, dd, dt, body, ' +
  'section, article, header, aside, ul, ol, table, tr, figure';

/** Joins the text nodes of one run; a private-use character marks where each one ends. */
const boundary = '\ue000';
const collapsibleWhitespace = /[ \t\f]*[\r\n][\t\n\r\f ]*/g;

const isForeignLanguage = (element: Element): boolean => {
  const language = element.getAttribute('lang');
  return language !== null && language.trim() !== '' && !/^fr(?:-|$)/i.test(language.trim());
};

const acceptNode = (node: Node): number => {
  if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
  const element = node as Element;
  if (untouchedTags.has(element.localName) || isForeignLanguage(element))
    return NodeFilter.FILTER_REJECT;
  return element.localName === 'br' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
};

const fixRun = (run: Text[], profile: TypographyProfile): void => {
  if (run.length === 0) return;
  const texts = run.map((text) => text.data.replace(collapsibleWhitespace, ' '));
  if (texts.some((text) => text.includes(boundary))) return;
  const fixed = fixFrenchTypography(texts.join(boundary), profile).split(boundary);
  if (fixed.length !== run.length) return;
  run.forEach((text, index) => {
    const value = fixed[index] ?? text.data;
    if (value !== text.data) text.data = value;
  });
};

/**
 * French typography over pasted text: runs of text nodes in one block, between line breaks, go
 * through `fixFrenchTypography` together (so quotes pair across bold or italic), never inside
 * code, never in a passage marked as another language. Attributes (hrefs) are never touched.
 */
export const applyFrenchTypography = (root: Node, profile: TypographyProfile): void => {
  const document = root.ownerDocument ?? (root as Document);
  const filter = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
  const walker = document.createTreeWalker(root, filter, { acceptNode });
  let run: Text[] = [];
  let block: Node | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      fixRun(run, profile);
      run = [];
      continue;
    }
    const nodeBlock = node.parentElement?.closest(blockSelector) ?? root;
    if (nodeBlock !== block) {
      fixRun(run, profile);
      run = [];
      block = nodeBlock;
    }
    run.push(node as Text);
  }
  fixRun(run, profile);
};
