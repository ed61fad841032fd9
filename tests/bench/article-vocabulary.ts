import type { Vocabulary } from './vocabulary';

type Random = () => number;

/** What one article draws its words from: its topics, a few people, places and set phrases. */
export interface ArticleVocabulary {
  language: Vocabulary['language'];
  common: readonly string[];
  topic: readonly string[];
  secondTopic: readonly string[];
  topical: readonly string[];
  names: readonly string[];
  places: readonly string[];
  phrases: readonly string[];
}

/** The topical word lists are ordered by theme: each run of this many words is one topic. */
const topicSize = 7;

const sample = <T>(random: Random, items: readonly T[], count: number): T[] => {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  }
  return chosen;
};

/**
 * A real story is about one or two topics and names a handful of people and places: a topical
 * word occurs in a fraction of the corpus, a given name in a few percent of it.
 */
export const articleVocabulary = (random: Random, vocabulary: Vocabulary): ArticleVocabulary => {
  const topics = Math.ceil(vocabulary.topical.length / topicSize);
  const [first, second] = sample(
    random,
    Array.from({ length: topics }, (_, index) => index),
    2,
  );
  const topic = (index: number): string[] =>
    vocabulary.topical.slice(index * topicSize, (index + 1) * topicSize);
  return {
    language: vocabulary.language,
    common: vocabulary.common,
    topic: topic(first!),
    secondTopic: topic(second!),
    topical: vocabulary.topical,
    names: sample(random, vocabulary.names, 1 + Math.floor(random() * 2)),
    places: sample(random, vocabulary.places, 1 + Math.floor(random() * 2)),
    phrases: sample(random, vocabulary.phrases, 1 + Math.floor(random() * 2)),
  };
};
