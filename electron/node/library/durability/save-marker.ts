import type { TiptapDocument } from '../../../../shared/model/tiptap-document';

/** The text a save at `revision` writes into the body, so a reader can tell which save it sees. */
export const saveMarker = (revision: number): string => `durability-save-${revision}-end`;

const filler = 'Le président Goïta a reçu la délégation du Sénégal pour parler de l’élection. ';

/** A body carrying the marker of `revision`, with `paragraphs` of filler to vary the write size. */
export const markedBody = (revision: number, paragraphs: number): TiptapDocument => ({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: saveMarker(revision) }] },
    ...Array.from({ length: paragraphs }, (_, index) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `${index} ${filler}` }],
    })),
  ],
});
