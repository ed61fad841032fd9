import type { Article } from '../../../shared/model/article';
import type { XmlMarkup } from './xml-writer';
import { cdata, textElement } from './xml-writer';

type Variants = Pick<Article, 'seoTitle' | 'socialTitle' | 'metaDescription'>;

/**
 * Each variant under Copydesk's own key and under Yoast SEO's (the plugin most newsrooms run),
 * so the imported post shows them in Yoast without a mapping step. Empty variants are left out.
 */
const metaKeys: Record<keyof Variants, readonly string[]> = {
  seoTitle: ['copydesk_seo_title', '_yoast_wpseo_title'],
  socialTitle: ['copydesk_social_title', '_yoast_wpseo_opengraph-title'],
  metaDescription: [
    'copydesk_meta_description',
    '_yoast_wpseo_metadesc',
    '_yoast_wpseo_opengraph-description',
  ],
};

/** The `<wp:postmeta>` elements of an article's headline variants. */
export const wxrPostMeta = (article: Variants): XmlMarkup[] =>
  (Object.keys(metaKeys) as (keyof Variants)[]).flatMap((name) =>
    article[name].trim() === ''
      ? []
      : metaKeys[name].map((key) =>
          textElement(
            'wp:postmeta',
            textElement('wp:meta_key', cdata(key)),
            textElement('wp:meta_value', cdata(article[name])),
          ),
        ),
  );
