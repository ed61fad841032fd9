import type { ArticleDraft } from '../../shared/ipc/contract';
import type { BylineRole } from '../../shared/model/byline';
import type { Status } from '../../shared/model/status';
import { statuses } from '../../shared/model/status';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { seededRandom } from '../../electron/node/library/durability/seeded-random';
import type { ArticleVocabulary } from './article-vocabulary';
import { articleVocabulary } from './article-vocabulary';
import { english, french } from './vocabulary';

export interface SyntheticArticle {
  draft: ArticleDraft;
  status: Status;
  /** The article as Markdown, for the ripgrep baseline. */
  markdown: string;
}

const sections = [
  'Politique',
  'Économie',
  'International',
  'Société',
  'Culture',
  'Sport',
  'Sciences',
];
const reporters = [
  'Aïssata Diallo',
  'Jean-Loïc Kerouédan',
  'Mamadou Ndiaye',
  'Hélène Côté',
  'Sarah Okafor',
  'Tom Ellis',
  'Fatima Zahra Benali',
  'Noël Lefèvre',
];
const roles: BylineRole[] = ['author', 'contributor', 'photographer', 'editor', 'translator'];

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

/** Skewed to the head of the list, as word frequencies are: « le », « de » far more than « déjà ». */
const pickFrequent = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() ** 2 * items.length)]!;

const word = (random: Random, vocabulary: ArticleVocabulary): string => {
  const roll = random();
  if (roll < 0.55) return pickFrequent(random, vocabulary.common);
  if (roll < 0.85) return pick(random, vocabulary.topic);
  if (roll < 0.935) return pick(random, vocabulary.secondTopic);
  if (roll < 0.938) return pick(random, vocabulary.topical);
  if (roll < 0.965) return pick(random, vocabulary.names);
  if (roll < 0.99) return pick(random, vocabulary.places);
  return pick(random, vocabulary.phrases);
};

const sentence = (random: Random, vocabulary: ArticleVocabulary, words: number): string => {
  const parts = Array.from({ length: words }, () => word(random, vocabulary));
  const first = parts[0]!;
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  const end = vocabulary.language === 'fr' && random() < 0.1 ? '\u202F!' : '.';
  return `${parts.join(' ')}${end}`;
};

const paragraphs = (
  random: Random,
  vocabulary: ArticleVocabulary,
  totalWords: number,
): string[] => {
  const result: string[] = [];
  let written = 0;
  while (written < totalWords) {
    const sentences: string[] = [];
    const target = Math.min(40 + Math.floor(random() * 80), totalWords - written);
    let inParagraph = 0;
    while (inParagraph < target) {
      const length = Math.min(8 + Math.floor(random() * 18), target - inParagraph);
      sentences.push(sentence(random, vocabulary, Math.max(length, 1)));
      inParagraph += Math.max(length, 1);
    }
    result.push(sentences.join(' '));
    written += inParagraph;
  }
  return result;
};

const toDocument = (blocks: string[]): TiptapDocument => ({
  type: 'doc',
  content: blocks.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** Article number `index` of a corpus: the same seed and index always give the same article. */
export const syntheticArticle = (seed: number, index: number): SyntheticArticle => {
  const random = seededRandom(seed * 1_000_003 + index);
  const vocabulary = articleVocabulary(random, random() < 0.65 ? french : english);
  const headline = sentence(random, vocabulary, 6 + Math.floor(random() * 8)).replace(
    /[.!\u202F]+$/u,
    '',
  );
  const standfirst = sentence(random, vocabulary, 20 + Math.floor(random() * 20));
  const words = 300 + Math.floor(random() * 2_701);
  const blocks = paragraphs(random, vocabulary, words);
  const bylines = Array.from({ length: 1 + Math.floor(random() * 2) }, (_, position) => ({
    name: pick(random, reporters),
    role: position === 0 ? ('author' as const) : pick(random, roles),
  }));
  const tags = Array.from({ length: Math.floor(random() * 4) }, () =>
    pick(random, vocabulary.places),
  );
  const section = pick(random, sections);
  const status = pick(random, statuses);
  const draft: ArticleDraft = {
    headline,
    standfirst,
    section,
    tags: [...new Set(tags)],
    bylines,
    language: vocabulary.language,
    body: toDocument(blocks),
  };
  const markdown = `# ${headline}\n\n${standfirst}\n\n${bylines.map((byline) => byline.name).join(', ')} · ${section} · ${tags.join(', ')} · ${status}\n\n${blocks.join('\n\n')}\n`;
  return { draft, status, markdown };
};
