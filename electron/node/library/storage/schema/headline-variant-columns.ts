import type { Migration } from './migration';

/** Version 13: the headline variants (SEO title, social title, meta description), empty for every existing article. */
export const headlineVariantColumns: Migration = {
  version: 13,
  description: 'articles.seo_title, social_title, meta_description (headline variants)',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN social_title TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN meta_description TEXT NOT NULL DEFAULT '';
    `);
  },
};
