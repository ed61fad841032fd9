import { describe, expect, it } from 'vitest';
import { wxrPostMeta } from './wxr-post-meta';

describe('wxrPostMeta', () => {
  it('writes each written variant under Copydesk’s key and Yoast’s, and nothing for empty ones', () => {
    const markup = wxrPostMeta({
      seoTitle: 'Titre SEO',
      socialTitle: ' ',
      metaDescription: 'Résumé ]]> fin',
    })
      .map((element) => element.markup)
      .join('\n');
    expect(markup).toContain(
      '<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_title]]></wp:meta_key><wp:meta_value><![CDATA[Titre SEO]]></wp:meta_value></wp:postmeta>',
    );
    expect(markup).toContain('<![CDATA[copydesk_meta_description]]>');
    expect(markup).toContain('<![CDATA[Résumé ]]]]><![CDATA[> fin]]>');
    expect(markup).not.toContain('social_title');
    expect(markup.match(/<wp:postmeta>/g)).toHaveLength(5);
  });
});
