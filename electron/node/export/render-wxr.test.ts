import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { goldenArticle } from '../../../shared/export/testing/golden-article';
import type { Article } from '../../../shared/model/article';
import { renderWxr, wordpressStatus } from './render-wxr';

interface XmlElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  querySelector(selector: string): XmlElement | null;
}

const parse = (xml: string) => {
  const { document } = new JSDOM(xml, { contentType: 'text/xml' }).window as unknown as {
    document: XmlElement & { documentElement: XmlElement & { nodeName: string } };
  };
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
};

const all = (root: XmlElement, name: string): XmlElement[] => [
  ...(root.getElementsByTagName(name) as unknown as Iterable<XmlElement>),
];
const text = (root: XmlElement, name: string): string => all(root, name)[0]?.textContent ?? '';

const second: Article = {
  ...goldenArticle,
  id: '7d0c6a4e-1f6b-4c3e-9a59-3f0b0b8c2d12',
  headline: ']]><script>alert("x")</script>',
  standfirst: 'Fin de section ]]> dans le chapeau',
  slug: 'sans-auteur',
  bylines: [],
  section: '',
  tags: [],
  status: 'published',
  createdAt: '2024-03-08T23:30:00.000-05:00',
  body: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a ]]> b <script>\u0000' }] }],
  },
};

const now = new Date('2024-03-09T12:00:00Z');

describe('renderWxr', () => {
  it('writes a WXR 1.2 channel with one post per article that an XML parser reads back', () => {
    const document = parse(renderWxr([goldenArticle, second], { gutenberg: false, now }));
    expect(document.documentElement.nodeName).toBe('rss');
    expect(text(document, 'wp:wxr_version')).toBe('1.2');
    const authors = all(document, 'wp:author').map((author) => [
      text(author, 'wp:author_login'),
      text(author, 'wp:author_display_name'),
    ]);
    expect(authors).toEqual([
      ['camille-martin', 'Camille Martin'],
      ['copydesk', 'Copydesk'],
    ]);
    const [first, hostile] = all(document, 'item');
    expect(text(first!, 'title')).toBe(goldenArticle.headline);
    expect(text(first!, 'dc:creator')).toBe('camille-martin');
    expect(text(first!, 'content:encoded')).toContain('<h2>Un parcours sous tension</h2>');
    expect(text(first!, 'content:encoded')).not.toContain('NOTE-INTERNE');
    expect(text(first!, 'excerpt:encoded')).toBe(goldenArticle.standfirst);
    expect(text(first!, 'wp:post_name')).toBe('greve-la-mobilisation-continue');
    expect(text(first!, 'wp:post_date')).toBe('2024-03-07 08:15:00');
    expect(text(first!, 'wp:post_date_gmt')).toBe('2024-03-07 07:15:00');
    expect(text(first!, 'wp:status')).toBe('pending');
    expect(text(first!, 'wp:post_type')).toBe('post');
    const categories = all(first!, 'category').map((category) => [
      category.getAttribute('domain'),
      category.getAttribute('nicename'),
      category.textContent,
    ]);
    expect(categories).toEqual([
      ['category', 'societe', 'Société'],
      ['post_tag', 'social', 'social'],
      ['post_tag', 'retraites', 'retraites'],
    ]);
    expect(text(hostile!, 'dc:creator')).toBe('copydesk');
    expect(text(hostile!, 'wp:status')).toBe('publish');
    expect(text(hostile!, 'wp:post_date_gmt')).toBe('2024-03-09 04:30:00');
  });

  it('keeps hostile text as text: `]]>`, markup and forbidden characters cannot break out', () => {
    const xml = renderWxr([second], { gutenberg: true, now });
    const document = parse(xml);
    const item = all(document, 'item')[0]!;
    expect(text(item, 'title')).toBe(']]><script>alert("x")</script>');
    expect(all(document, 'script')).toHaveLength(0);
    expect(text(item, 'excerpt:encoded')).toBe('Fin de section ]]> dans le chapeau');
    const content = text(item, 'content:encoded');
    expect(content).toContain('<!-- wp:paragraph -->');
    expect(content).toContain('<p>a ]]&gt; b &lt;script&gt;</p>');
    expect(xml).not.toContain('\u0000');
  });

  it('maps statuses: published → publish, approved → pending, the rest → draft', () => {
    expect(
      (['published', 'approved', 'draft', 'submitted', 'changes_requested', 'spiked'] as const).map(
        wordpressStatus,
      ),
    ).toEqual(['publish', 'pending', 'draft', 'draft', 'draft', 'draft']);
  });

  it('writes rel="nofollow" on the links of a post only when asked', () => {
    const plain = text(
      parse(renderWxr([goldenArticle], { gutenberg: true, now })),
      'content:encoded',
    );
    expect(plain).toContain('<a href="mailto:redaction@example.org">');
    expect(plain).not.toContain('rel=');
    const xml = renderWxr([goldenArticle], { gutenberg: true, nofollow: true, now });
    expect(text(parse(xml), 'content:encoded')).toContain(
      '<a href="mailto:redaction@example.org" rel="nofollow">',
    );
  });

  it('schedules an embargoed article as `future`, dated at its embargo, never `publish`', () => {
    const embargoed: Article = {
      ...second,
      status: 'published',
      createdAt: '2024-03-01T08:00:00.000Z',
      embargo: '2024-03-12T06:00:00.000+01:00',
    };
    const lifted: Article = { ...embargoed, embargo: '2024-03-09T06:00:00.000Z' };
    const draft: Article = { ...embargoed, status: 'draft' };
    const [future, published, kept] = all(
      parse(renderWxr([embargoed, lifted, draft], { gutenberg: false, now })),
      'item',
    );
    expect(text(future!, 'wp:status')).toBe('future');
    expect(text(future!, 'wp:post_date')).toBe('2024-03-12 06:00:00');
    expect(text(future!, 'wp:post_date_gmt')).toBe('2024-03-12 05:00:00');
    expect(text(published!, 'wp:status')).toBe('publish');
    expect(text(kept!, 'wp:status')).toBe('draft');
    expect(text(kept!, 'wp:post_date')).toBe('2024-03-12 06:00:00');
  });
});
