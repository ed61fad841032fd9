import type Database from 'better-sqlite3';
import path from 'node:path';
import type { Article } from '../../../shared/model/article';
import type { TiptapNode } from '../../../shared/model/tiptap-document';
import { openLibrary } from '../../../electron/node/library/open-library';
import { syntheticArticle } from '../synthetic-articles';

const actor = { name: 'bench' };

/**
 * A library of `count` synthetic articles (the library bench's generator, fixed seed), created in
 * one transaction; returns its folder and ids. Statuses stay draft: they do not change an export.
 */
export const createExportLibrary = (root: string, count: number, seed: number) => {
  const folder = path.join(root, 'library');
  let db: Database.Database | undefined;
  const library = openLibrary(folder, {
    create: true,
    configureDatabase: (connection) => {
      db = connection;
    },
  });
  const ids: string[] = [];
  try {
    const createAll = () => {
      for (let index = 0; index < count; index += 1) {
        ids.push(library.create(syntheticArticle(seed, index).draft, actor).id);
      }
    };
    if (db === undefined) createAll();
    else db.transaction(createAll).immediate();
  } finally {
    library.close();
  }
  return { folder, ids };
};

const wordsIn = (node: TiptapNode): number =>
  (node.text?.split(/\s+/).filter(Boolean).length ?? 0) +
  (node.content ?? []).reduce((sum, child) => sum + wordsIn(child), 0);

/** One article of at least `words` words, from the synthetic corpus's paragraphs (fixed seed). */
export const longArticle = (seed: number, words: number): Article => {
  const paragraphs: TiptapNode[] = [];
  let count = 0;
  for (let index = 0; count < words; index += 1) {
    for (const paragraph of syntheticArticle(seed, index).draft.body?.content ?? []) {
      paragraphs.push(paragraph);
      count += wordsIn(paragraph);
    }
  }
  const first = syntheticArticle(seed, 0).draft;
  return {
    id: '00000000-0000-4000-8000-000000000000',
    headline: first.headline ?? 'Long',
    seoTitle: '',
    socialTitle: '',
    metaDescription: '',
    standfirst: first.standfirst ?? '',
    slug: 'long',
    section: first.section ?? '',
    tags: first.tags ?? [],
    bylines: first.bylines ?? [],
    dateline: { place: '', date: '' },
    language: first.language ?? 'fr',
    deadline: null,
    embargo: null,
    targetLength: null,
    typography: true,
    editorialNote: '',
    status: 'draft',
    counts: { words: count, signes: 0, signesWithoutSpaces: 0 },
    createdAt: '2026-01-05T09:00:00.000+01:00',
    updatedAt: '2026-01-05T09:00:00.000+01:00',
    revision: 1,
    trashedAt: null,
    comments: [],
    handoffs: [],
    conflict: null,
    body: { type: 'doc', content: paragraphs },
  };
};

/** The same article with its body twice over (copied, no shared objects): exactly 2× the words. */
export const doubled = (article: Article): Article => ({
  ...article,
  counts: { ...article.counts, words: article.counts.words * 2 },
  body: structuredClone({
    type: 'doc' as const,
    content: [...(article.body.content ?? []), ...(article.body.content ?? [])],
  }),
});
