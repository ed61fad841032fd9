import type { TiptapDocument, TiptapNode } from '../../../shared/model/tiptap-document';
import type { WirePicture } from '../../../shared/model/wire-item';
import { cleanDocument } from '../import/clean-document';
import { htmlToDocument } from '../import/html-to-document';

// A picture the library does not hold yet: an empty source, its caption and credit kept.
const figurePlaceholder = (picture: WirePicture): TiptapNode => ({
  type: 'figure',
  attrs: {
    src: '',
    alt: picture.caption.slice(0, 500),
    caption: picture.caption,
    credit: picture.credit,
  },
});

/**
 * A wire body through the same HTML intake as every import (limits, sanitiser, schema parse),
 * the item's pictures appended as figure placeholders, and the whole fitted to the schema.
 */
export const wireBody = (html: string, pictures: readonly WirePicture[]): TiptapDocument => {
  const document = htmlToDocument(html);
  return cleanDocument({
    content: [...(document.content ?? []), ...pictures.map(figurePlaceholder)],
  });
};
