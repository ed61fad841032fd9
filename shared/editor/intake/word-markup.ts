import type { IntakeParent } from './intake-dom';
import { elementsOf, renameElement, unwrapElement } from './move-children';

const wordClutter = [
  'span.msoDel',
  '.MsoCommentReference',
  '.msocomanchor',
  '.msocomoff',
  '.msocomtxt',
  '[style*="mso-element:comment" i]',
  '[style*="mso-special-character:comment" i]',
  '[style*="mso-comment-author" i]',
].join(', ');

const paragraphStyles: readonly [RegExp, string][] = [
  [/^MsoTitle$/i, 'h2'],
  [/^MsoSubtitle$/i, 'h3'],
  [/^MsoHeading([1-6])$/i, 'h$1'],
  [/^Mso(?:Intense)?Quote$/i, 'blockquote'],
];

const mappedTag = (className: string): string | null => {
  for (const [pattern, tag] of paragraphStyles)
    if (pattern.test(className)) return className.replace(pattern, tag);
  return null;
};

/** Office XML islands (`<o:p>`, `<v:shape>`, `<w:sdt>`): `<o:p>` is only spacing. */
const removeOfficeElements = (root: IntakeParent): void => {
  const prefixed = elementsOf(root, '*').filter((element) => element.localName.includes(':'));
  prefixed.forEach((element) => {
    if (element.localName === 'o:p') element.remove();
    else unwrapElement(element);
  });
};

/**
 * Word's clipboard markup: tracked deletions and comment anchors and bodies are dropped (the
 * final text stays), `<o:p>` spacing goes, and title, heading and quote paragraph styles become
 * headings and blockquotes. Lists are rebuilt separately (`rebuildWordLists`).
 */
export const normaliseWordMarkup = (root: IntakeParent): void => {
  elementsOf(root, wordClutter).forEach((element) => element.remove());
  removeOfficeElements(root);
  elementsOf(root, 'p[class^="Mso" i]').forEach((paragraph) => {
    const tag = mappedTag(paragraph.getAttribute('class') ?? '');
    if (tag !== null) renameElement(paragraph, tag);
  });
};
