import { describe, expect, it } from 'vitest';
import type { TiptapDocument } from '../model/tiptap-document';
import { articleCounts, articleWords } from './article-counts';
import { countDocument } from './count-document';

const body: TiptapDocument = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Voir https://example.org/a:b?c=1 maintenant' }],
    },
  ],
};

describe('articleCounts', () => {
  it('adds the headline and the standfirst to the body', () => {
    const counts = articleCounts(
      { headline: 'Mali–Maroc : le match', standfirst: 'Écrire à redaction@journal.ml' },
      countDocument(body),
    );
    expect(counts.body.words).toBe(3);
    expect(counts.headline.words).toBe(4);
    expect(counts.standfirst.words).toBe(3);
    expect(counts.article.words).toBe(10);
    expect(counts.article.signes).toBe(
      counts.headline.signes + counts.standfirst.signes + counts.body.signes,
    );
  });

  it('gives the list, from the saved body words alone, the words the status bar shows', () => {
    const text = { headline: 'Goïta répond', standfirst: 'Le 3 mars, à 10:30.' };
    const statusBar = articleCounts(text, countDocument(body)).article.words;
    const saved = countDocument(body).words;
    expect(articleWords(text, saved)).toBe(statusBar);
  });
});
