import { describe, expect, it } from 'vitest';
import { renderHeadlineMetaHtml } from './headline-meta-html';

const article = { headline: 'Grève', standfirst: 'Les syndicats « appellent »' };

describe('renderHeadlineMetaHtml', () => {
  it('falls back to the headline and standfirst, with no Open Graph tag, when no variant is written', () => {
    expect(renderHeadlineMetaHtml(article)).toEqual([
      '<title>Grève</title>',
      '<meta name="description" content="Les syndicats « appellent »">',
    ]);
  });

  it('writes the SEO title, the description and the Open Graph pair, escaped', () => {
    expect(
      renderHeadlineMetaHtml({
        ...article,
        seoTitle: 'Grève : la mobilisation <continue>',
        socialTitle: 'On ne lâchera "rien"',
        metaDescription: 'Nouvelle journée & manifestations',
      }),
    ).toEqual([
      '<title>Grève : la mobilisation &lt;continue&gt;</title>',
      '<meta name="description" content="Nouvelle journée &amp; manifestations">',
      '<meta property="og:title" content="On ne lâchera &quot;rien&quot;">',
      '<meta property="og:description" content="Nouvelle journée &amp; manifestations">',
    ]);
  });
});
