import type { Migration } from './migration';

/**
 * Version 15: the words of an article's headline, standfirst, bylines and tags, indexed apart
 * from its body. Relevance asks where a term occurs; in the word index, "which of these hits has
 * it in the headline" reads the word's whole list of articles (32,000 for « élection » at
 * 100,000 articles) four times, 7 to 14 ms a search. Here the list holds only the articles that
 * have it in those fields, and a byline or tag filter reads only articles signed or tagged so.
 * Positions are kept (the fields are short) so a phrase is placed too.
 */
export const labelSearchIndex: Migration = {
  version: 15,
  description: 'a search index of headlines, standfirsts, bylines and tags',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE article_labels USING fts5 (
        headline, standfirst, bylines, tags,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      INSERT INTO article_labels (rowid, headline, standfirst, bylines, tags)
        SELECT a.row_id, a.headline, a.standfirst,
          (SELECT group_concat(b.value ->> '$.name', char(10)) FROM json_each(a.bylines) b),
          (SELECT group_concat(t.value, char(10)) FROM json_each(a.tags) t)
        FROM articles a;
      INSERT INTO article_labels (article_labels) VALUES ('optimize');
    `);
  },
};
