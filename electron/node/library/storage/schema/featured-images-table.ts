import type { Migration } from './migration';

/**
 * Version 11 (featured-images-table): the figure an editor chose as an article's featured image
 * on WordPress, by its library source; without a row the first figure is.
 */
export const featuredImagesTable: Migration = {
  version: 11,
  description: 'featured_images (the featured image chosen for WordPress)',
  up(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS featured_images (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        src TEXT NOT NULL
      );
    `);
  },
};
