import * as Y from 'yjs';
import { bodyFragment } from '../../../../../shared/collab/article-document';

/** The text of the body's first paragraph, in the article's real `body` fragment. */
const firstParagraphText = (doc: Y.Doc): Y.XmlText => {
  const paragraph = bodyFragment(doc).get(0);
  if (!(paragraph instanceof Y.XmlElement)) throw new Error('The body has no first paragraph.');
  const text = paragraph.get(0);
  if (!(text instanceof Y.XmlText)) throw new Error('The first paragraph has no text.');
  return text;
};

/** Types `text` into the first paragraph at `offset` (clamped), as the editor binding would. */
export const typeInFirstParagraph = (doc: Y.Doc, offset: number, text: string): void => {
  const target = firstParagraphText(doc);
  target.insert(Math.min(offset, target.length), text);
};

export const firstParagraph = (doc: Y.Doc): string => String(firstParagraphText(doc).toString());
