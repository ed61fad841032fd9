import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { syntheticArticle } from './synthetic-articles';

/** A body of about `words` words made of synthetic paragraphs; `edit` changes its first line. */
export const bodyOfWords = (seed: number, words: number, edit: number): TiptapDocument => {
  const content: NonNullable<TiptapDocument['content']> = [
    { type: 'paragraph', content: [{ type: 'text', text: `Édition ${edit}` }] },
  ];
  let counted = 0;
  for (let index = 0; counted < words; index += 1) {
    for (const block of syntheticArticle(seed, 1_000_000 + index).draft.body?.content ?? []) {
      if (counted >= words) break;
      content.push(block);
      counted += (block.content?.[0]?.text ?? '').split(' ').length;
    }
  }
  return { type: 'doc', content };
};
