import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { defaultArticleFields } from '../model/article-defaults';
import type { ArticleFields } from '../model/article';
import type { TiptapDocument } from '../model/tiptap-document';
import { editorSchema } from '../editor/editor-schema';
import { createArticleDocument, seedOf } from './create-article-document';
import { readArticleDocument, readBodyDocument } from './read-article-document';
import { writeArticleChanges } from './write-article-changes';

const articleId = '9d2e6f1a-7b3c-4d5e-8f6a-1b2c3d4e5f60';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const replicaOf = (doc: Y.Doc): Y.Doc => {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
};

const exchange = (left: Y.Doc, right: Y.Doc): void => {
  const toRight = Y.encodeStateAsUpdate(left, Y.encodeStateVector(right));
  const toLeft = Y.encodeStateAsUpdate(right, Y.encodeStateVector(left));
  Y.applyUpdate(right, toRight);
  Y.applyUpdate(left, toLeft);
};

const fields = (overrides: Partial<ArticleFields>): ArticleFields => ({
  ...defaultArticleFields(),
  ...overrides,
});

describe('the article as a Yjs document', () => {
  it('gives back the fields it was seeded with', () => {
    const seeded = fields({
      headline: 'Crue du Niger',
      tags: ['Niamey'],
      body: { type: 'doc', content: [paragraph('Le fleuve monte.')] },
    });
    expect(
      readArticleDocument(createArticleDocument(articleId, seeded), defaultArticleFields()),
    ).toEqual(seeded);
  });

  it('merges words typed on both sides of one paragraph', () => {
    const base = createArticleDocument(
      articleId,
      fields({ body: { type: 'doc', content: [paragraph('Le fleuve monte.')] } }),
    );
    const other = replicaOf(base);
    writeArticleChanges(base, {
      body: { type: 'doc', content: [paragraph('À Niamey, le fleuve monte.')] },
    });
    writeArticleChanges(other, {
      body: { type: 'doc', content: [paragraph('Le fleuve monte encore.')] },
    });
    exchange(base, other);
    const merged = readArticleDocument(base, defaultArticleFields());
    expect(merged.body).toEqual({
      type: 'doc',
      content: [paragraph('À Niamey, le fleuve monte encore.')],
    });
    expect(readArticleDocument(other, defaultArticleFields())).toEqual(merged);
  });

  it('keeps both changes when two people change different fields', () => {
    const base = createArticleDocument(articleId, fields({ headline: 'Crue', section: '' }));
    const other = replicaOf(base);
    writeArticleChanges(base, { headline: 'Crue du Niger' });
    writeArticleChanges(other, { section: 'Société' });
    exchange(base, other);
    const merged = readArticleDocument(other, defaultArticleFields());
    expect([merged.headline, merged.section]).toEqual(['Crue du Niger', 'Société']);
  });

  it('keeps two replies written at once in one thread', () => {
    const thread = {
      id: '6f1c1a0e-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
      quote: 'monte',
      resolved: false,
      resolvedBy: null,
      resolvedAt: null,
      messages: [
        {
          id: '0d8a7c2e-1b2c-4d3e-8f4a-5b6c7d8e9f00',
          author: 'Awa',
          at: '2026-12-01T09:00:00.000Z',
          text: 'Source ?',
        },
      ],
    };
    const base = createArticleDocument(articleId, fields({ comments: [thread] }));
    const other = replicaOf(base);
    const reply = (id: string, author: string) => ({
      id,
      author,
      at: '2026-12-01T10:00:00.000Z',
      text: 'Vu.',
    });
    writeArticleChanges(base, {
      comments: [
        {
          ...thread,
          messages: [...thread.messages, reply('1e9b8d3f-2c3d-4e4f-9a5b-6c7d8e9f0a11', 'Moussa')],
        },
      ],
    });
    writeArticleChanges(other, {
      comments: [
        {
          ...thread,
          messages: [...thread.messages, reply('2fac9e40-3d4e-4f50-8b6c-7d8e9f0a1b22', 'Fatou')],
        },
      ],
    });
    exchange(base, other);
    const authors = readArticleDocument(base, defaultArticleFields()).comments[0]?.messages.map(
      (message) => message.author,
    );
    expect(authors?.slice().sort()).toEqual(['Awa', 'Fatou', 'Moussa']);
  });

  it('keeps overlapping comment marks apart through a merge', () => {
    const comment = (threadId: string) => ({ type: 'comment', attrs: { threadId } });
    const first = '3a0b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const second = '4b1c2d3e-5f6a-4b7c-9d8e-0f1a2b3c4d5e';
    const body: TiptapDocument = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Le ', marks: [comment(first)] },
            { type: 'text', text: 'fleuve', marks: [comment(first), comment(second)] },
            { type: 'text', text: ' monte.', marks: [comment(second)] },
          ],
        },
      ],
    };
    const base = createArticleDocument(articleId, fields({}));
    writeArticleChanges(base, { body });
    const other = replicaOf(base);
    expect(readArticleDocument(other, defaultArticleFields()).body).toEqual(body);
  });

  it('seeds the same text identically in two libraries, so a merge does not double it', () => {
    const seeded = fields({ body: { type: 'doc', content: [paragraph('Le fleuve monte.')] } });
    const here = createArticleDocument(articleId, seeded);
    const there = createArticleDocument(articleId, seeded);
    exchange(here, there);
    expect(readArticleDocument(here, defaultArticleFields()).body).toEqual(seeded.body);
    expect(seedOf(here)).toBe(seedOf(there));
    const changed = createArticleDocument(articleId, { ...seeded, headline: 'Autre' });
    expect(seedOf(changed)).not.toBe(seedOf(here));
  });

  it('reads a merge that joined marks the schema keeps apart as a body the schema accepts', () => {
    const suggestion = (type: string) => ({
      type,
      attrs: { id: 's1', author: 'Awa', at: '2026-12-01T09:00:00.000Z' },
    });
    const link = (href: string) => ({ type: 'link', attrs: { href } });
    const marked = (...marks: { type: string }[]): TiptapDocument => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'crue', marks }] }],
    });
    const base = createArticleDocument(
      articleId,
      fields({ body: marked(suggestion('suggestionInsertion'), link('https://example.org/a')) }),
    );
    const other = replicaOf(base);
    writeArticleChanges(base, {
      body: marked(suggestion('suggestionDeletion'), link('https://example.org/a')),
    });
    writeArticleChanges(other, {
      body: marked(suggestion('suggestionInsertion'), link('https://example.org/b')),
    });
    exchange(base, other);
    const body = readBodyDocument(base);
    expect(() => editorSchema().nodeFromJSON(body).check()).not.toThrow();
    expect(body.content?.[0]?.content?.map((text) => text.text).join('')).toBe('crue');
    expect(readBodyDocument(other)).toEqual(body);
  });
});
