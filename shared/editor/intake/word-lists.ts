import {
  commentNodeType,
  type IntakeDocument,
  type IntakeElement,
  type IntakeNode,
  type IntakeParent,
} from './intake-dom';
import { elementsOf, moveChildren } from './move-children';

const msoListPattern = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i;
const orderedGlyph = /^\(?(?:\d+|[a-z]|[ivxlcdm]+)[.)]$/i;

interface WordListItem {
  paragraph: IntakeElement;
  list: string;
  level: number;
  tag: 'ul' | 'ol';
  start: number;
}

interface OpenList {
  level: number;
  tag: 'ul' | 'ol';
  list: string;
  element: IntakeElement;
  lastItem: IntakeElement | null;
}

const isIgnoredGlyph = (element: IntakeElement): boolean =>
  /mso-list\s*:\s*ignore/i.test(element.getAttribute('style') ?? '');

/** Removes the bullet or number Word writes as text, and returns it. */
const takeGlyph = (paragraph: IntakeElement): string => {
  let glyph = '';
  elementsOf(paragraph, 'span').forEach((span) => {
    if (!isIgnoredGlyph(span) || !span.isConnected) return;
    glyph += span.textContent ?? '';
    span.remove();
  });
  let inside = false;
  for (const child of Array.from(paragraph.childNodes)) {
    const text = child.nodeType === commentNodeType ? (child.nodeValue ?? '').trim() : null;
    if (text !== null && /^\[if !supportLists\]$/i.test(text)) inside = true;
    else if (text !== null && /^\[endif\]$/i.test(text)) inside = false;
    else if (inside) {
      glyph += child.textContent ?? '';
      paragraph.removeChild(child);
    }
  }
  return glyph.replace(/[\s\u00a0]+/g, '');
};

const readItem = (paragraph: IntakeElement): WordListItem | null => {
  const match = msoListPattern.exec(paragraph.getAttribute('style') ?? '');
  if (match === null) return null;
  const glyph = takeGlyph(paragraph);
  const ordered = orderedGlyph.test(glyph);
  const number = /^\d+/.exec(glyph);
  return {
    paragraph,
    list: match[1]?.toLowerCase() ?? '',
    level: Number(match[2] ?? '1'),
    tag: ordered ? 'ol' : 'ul',
    start: number === null ? 1 : Number(number[0]),
  };
};

const openList = (item: WordListItem, parent: IntakeNode, stack: OpenList[]): OpenList => {
  const element = item.paragraph.ownerDocument.createElement(item.tag);
  if (item.tag === 'ol' && item.start !== 1) element.setAttribute('start', String(item.start));
  parent.appendChild(element);
  const open = { level: item.level, tag: item.tag, list: item.list, element, lastItem: null };
  stack.push(open);
  return open;
};

/** Builds nested `<ul>`/`<ol>` for one run of consecutive Word list paragraphs. */
const buildLists = (run: WordListItem[], document: IntakeDocument): IntakeParent => {
  const root = document.createDocumentFragment();
  const stack: OpenList[] = [];
  for (const item of run) {
    while ((stack.at(-1)?.level ?? 0) > item.level) stack.pop();
    let current = stack.at(-1);
    if (current?.level === item.level && (current.tag !== item.tag || current.list !== item.list)) {
      stack.pop();
      current = undefined;
    }
    if (current === undefined || current.level < item.level)
      current = openList(item, stack.at(-1)?.lastItem ?? root, stack);
    const listItem = document.createElement('li');
    moveChildren(item.paragraph, listItem);
    current.element.appendChild(listItem);
    current.lastItem = listItem;
  }
  return root;
};

/**
 * Word writes lists as `MsoListParagraph` paragraphs with `mso-list:l0 level1 lfo1` and the
 * glyph as text (ueberdosis/tiptap #1526, #3756): rebuild real nested `<ul>`/`<ol>`.
 */
export const rebuildWordLists = (root: IntakeParent): void => {
  const items = elementsOf(root, 'p[style*="mso-list" i]')
    .map(readItem)
    .filter((item): item is WordListItem => item !== null);
  const runs: WordListItem[][] = [];
  items.forEach((item, index) => {
    const previous = items[index - 1];
    if (previous !== undefined && previous.paragraph.nextElementSibling === item.paragraph)
      runs.at(-1)?.push(item);
    else runs.push([item]);
  });
  for (const run of runs) {
    const first = run[0]?.paragraph;
    if (first === undefined) continue;
    first.parentNode?.insertBefore(buildLists(run, first.ownerDocument), first);
    run.forEach((item) => item.paragraph.remove());
  }
};
