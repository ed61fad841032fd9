import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assetSource, goldenArticle } from './testing/golden-article';
import { parseMarkdownArticle } from './parse-markdown-article';
import { renderArticleMarkdown } from './render-markdown';
import { normaliseDocument } from './to-schema-document';

const markdown = renderArticleMarkdown(goldenArticle);
const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(markdown) ?? [];

describe('renderArticleMarkdown', () => {
  it('writes YAML front matter with the metadata, quoted where YAML 1.1 or 1.2 would misread it', () => {
    expect(parse(frontMatter, { version: '1.1' })).toEqual(parse(frontMatter));
    expect(parse(frontMatter)).toEqual({
      title: goldenArticle.headline,
      standfirst: goldenArticle.standfirst,
      slug: 'greve-la-mobilisation-continue',
      authors: [
        { name: 'Camille Martin', role: 'author', affiliation: 'Service France' },
        { name: 'Léa Dubois', role: 'photographer' },
      ],
      date: '2024-03-07T08:15:00.000+01:00',
      updated: '2024-03-07T10:40:00.000+01:00',
      section: 'Société',
      tags: ['social', 'retraites'],
      language: 'fr',
      status: 'approved',
      dateline: { place: 'Marseille', date: '2024-03-07' },
    });
    expect(markdown).not.toContain('NOTE-INTERNE');
  });

  it('writes CommonMark with GFM tables and the documented pull quote and figure forms', () => {
    expect(body).toContain(
      'Selon la préfecture, 12\u202f000 personnes ont défilé\u00a0; **la CGT** en annonce 40\u202f000. Le 1<sup>er</sup> cortège est parti à 10\u00a0h. Émissions de CO<sub>2</sub> : voir [le rapport](https://www.example.org/rapport?annee=2024&page=2)',
    );
    expect(body).toContain(
      '- Départ du Vieux-Port\n  3. La Canebière\n  4. Castellane\n- Arrivée au *Prado*',
    );
    expect(body).toContain(
      '> [!pullquote] Une manifestante, enseignante\n>\n> «\u00a0Nous ne lâcherons rien\u00a0»',
    );
    expect(body).toContain(
      `![Le cortège sur la Canebière](${assetSource} "Le cortège, jeudi matin.")\\\n© Léa Dubois / Copydesk`,
    );
    expect(body).toContain(
      '| Source | Manifestants |\n| --- | --- |\n| Préfecture | 12\u202f000 |',
    );
    expect(body).not.toContain('&nbsp;');
  });

  it('points images into the export folder through the resolver', () => {
    const folder = renderArticleMarkdown(goldenArticle, {
      resolveImage: () => 'greve_files/ab.jpg',
    });
    expect(folder).toContain(
      '![Le cortège sur la Canebière](greve_files/ab.jpg "Le cortège, jeudi matin.")',
    );
  });

  it('round trips through parseMarkdownArticle: same body, same metadata', () => {
    const parsed = parseMarkdownArticle(markdown);
    expect(parsed.draft.body).toEqual(normaliseDocument(goldenArticle.body));
    expect(parsed.draft).toMatchObject({
      headline: goldenArticle.headline,
      standfirst: goldenArticle.standfirst,
      slug: goldenArticle.slug,
      bylines: goldenArticle.bylines,
      section: goldenArticle.section,
      tags: goldenArticle.tags,
      language: goldenArticle.language,
      dateline: goldenArticle.dateline,
    });
    expect(parsed).toMatchObject({
      status: 'approved',
      createdAt: goldenArticle.createdAt,
      updatedAt: goldenArticle.updatedAt,
    });
    expect(renderArticleMarkdown({ ...goldenArticle, body: parsed.draft.body! })).toBe(markdown);
  });

  it('writes the embargo in the front matter only when there is one, and reads it back', () => {
    const embargo = '2026-12-08T06:00:00.000+01:00';
    const embargoed = renderArticleMarkdown({ ...goldenArticle, embargo });
    expect(embargoed).toContain(`embargo: "${embargo}"`);
    expect(parseMarkdownArticle(embargoed).draft.embargo).toBe(embargo);
    expect(markdown).not.toContain('embargo:');
    expect(parseMarkdownArticle(markdown).draft.embargo).toBeUndefined();
  });
});
