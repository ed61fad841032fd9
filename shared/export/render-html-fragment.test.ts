import { describe, expect, it } from 'vitest';
import { expectSafeHtml } from './testing/export-safety';
import { assetSource, goldenArticle } from './testing/golden-article';
import { renderArticleHtmlFragment } from './render-html-fragment';

describe('renderArticleHtmlFragment', () => {
  const html = renderArticleHtmlFragment(goldenArticle, { gutenberg: false });

  it('writes the body with French no-break spaces as characters', () => {
    expect(html).toContain('12\u202f000 personnes ont défilé\u00a0; <strong>la CGT</strong>');
    expect(html).toContain(
      'Le 1<sup>er</sup> cortège est parti à 10\u00a0h. Émissions de CO<sub>2</sub>',
    );
    expect(html).not.toContain('&nbsp;');
  });

  it('renders lists, pull quote, figure, table and links as the editor does', () => {
    const document = expectSafeHtml(html);
    expect(document.querySelector('ul > li > ol[start="3"] > li')?.textContent).toBe(
      'La Canebière',
    );
    expect(document.querySelector('aside.pull-quote cite')?.textContent).toBe(
      'Une manifestante, enseignante',
    );
    expect(document.querySelector('figure img')?.getAttribute('src')).toBe(assetSource);
    expect(document.querySelector('figcaption .credit')?.textContent).toBe('Léa Dubois / Copydesk');
    expect(document.querySelectorAll('table tr')).toHaveLength(3);
    const links = [...document.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      a.getAttribute('rel'),
    ]);
    expect(links).toEqual([
      ['https://www.example.org/rapport?annee=2024&page=2', null],
      ['mailto:redaction@example.org', null],
    ]);
    expect(html).not.toContain('NOTE-INTERNE');
  });

  it('points images where the resolver says, and leaves out what it refuses', () => {
    const folder = renderArticleHtmlFragment(goldenArticle, {
      gutenberg: false,
      resolveImage: () => 'greve_files/ab.jpg',
    });
    expect(folder).toContain('<img src="greve_files/ab.jpg" alt="Le cortège sur la Canebière">');
    for (const answer of [
      'https://tripwire.invalid/x.jpg',
      '../secret.jpg',
      'javascript:alert(1)',
      null,
    ]) {
      const refused = renderArticleHtmlFragment(goldenArticle, {
        gutenberg: false,
        resolveImage: () => answer,
      });
      expect(refused).not.toContain('<img');
      expect(refused).toContain('data-alt="Le cortège sur la Canebière"');
    }
  });

  it('wraps each block in Gutenberg comments on request', () => {
    const gutenberg = renderArticleHtmlFragment(goldenArticle, { gutenberg: true });
    expectSafeHtml(gutenberg);
    expect(gutenberg).toMatch(/^<!-- wp:paragraph -->\n<p>Selon/);
    expect(gutenberg).toContain(
      '<!-- wp:heading -->\n<h2 class="wp-block-heading">Un parcours sous tension</h2>\n<!-- /wp:heading -->',
    );
    expect(gutenberg).toContain('<!-- wp:heading {"level":3} -->');
    expect(gutenberg).toContain(
      '<!-- wp:list {"ordered":true,"start":3} -->\n<ol start="3" class="wp-block-list"><!-- wp:list-item --><li>La Canebière</li>',
    );
    expect(gutenberg).toContain(
      '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>«\u00a0Nous ne lâcherons rien\u00a0»</p><cite>Une manifestante, enseignante</cite></blockquote></figure>',
    );
    expect(gutenberg).toContain('<!-- wp:image -->\n<figure class="wp-block-image"');
    expect(gutenberg).toContain(
      '<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Source</th><th>Manifestants</th></tr></thead><tbody><tr><td>Préfecture</td>',
    );
    expect(gutenberg).toContain(
      '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->',
    );
    expect(gutenberg).toContain(
      '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity">',
    );
    const opened = gutenberg.match(/<!-- wp:[a-z-]+/g) ?? [];
    const closed = gutenberg.match(/<!-- \/wp:[a-z-]+/g) ?? [];
    expect(opened).toHaveLength(closed.length);
  });

  it('drops unknown nodes, unknown marks and links outside the allowlist', () => {
    const html = renderArticleHtmlFragment({
      body: {
        type: 'doc',
        content: [
          { type: 'iframe', attrs: { src: 'https://tripwire.invalid/' } },
          {
            type: 'paragraph',
            attrs: { onclick: 'alert(1)', style: 'background:url(https://tripwire.invalid/)' },
            content: [
              {
                type: 'text',
                text: 'a',
                marks: [{ type: 'link', attrs: { href: 'java\tscript:alert(1)' } }],
              },
              {
                type: 'text',
                text: 'b',
                marks: [
                  {
                    type: 'link',
                    attrs: { href: 'https://ok.example/', onclick: 'x', target: '_blank' },
                  },
                ],
              },
              { type: 'text', text: 'c', marks: [{ type: 'textStyle', attrs: { color: 'red' } }] },
            ],
          },
          { type: 'figure', attrs: { src: 'https://tripwire.invalid/pixel.gif', alt: 'x' } },
        ],
      },
    });
    expectSafeHtml(html);
    expect(html).toBe(
      '<p>a<a href="https://ok.example/">b</a>c</p>\n<figure data-type="figure" data-alt="x"></figure>\n',
    );
  });
});
