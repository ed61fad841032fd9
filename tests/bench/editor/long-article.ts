import type { TiptapDocument } from '../../../shared/model/tiptap-document';

const words = (
  'le la les des une un et à du pour sur dans avec par au Sénégal Mali élection présidentielle ' +
  'gouvernement ministre Dakar Bamako État réforme budget sécurité transition économie jeunes ' +
  'habitants marché région accord président conseil nationale cérémonie chauffeurs marocains'
).split(' ');

/** A deterministic article of `wordCount` words in paragraphs of about 120 words. */
export function longArticle(wordCount: number): TiptapDocument {
  let state = 7;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state;
  };
  const content: NonNullable<TiptapDocument['content']> = [];
  let remaining = wordCount;
  while (remaining > 0) {
    const size = Math.min(remaining, 100 + (next() % 40));
    const text = Array.from({ length: size }, () => words[next() % words.length]).join(' ');
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `${text}.` }] });
    remaining -= size;
  }
  return { type: 'doc', content };
}
