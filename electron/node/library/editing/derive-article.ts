import type Database from 'better-sqlite3';
import type * as Y from 'yjs';
import { readArticleDocument } from '../../../../shared/collab/read-article-document';
import type { Actor } from '../../../../shared/model/actor';
import type { Article } from '../../../../shared/model/article';
import { pickArticleFields } from '../../../../shared/model/article-fields';
import { countDocumentCached } from '../articles/count-document-cached';
import { readBody, requireArticleHead } from '../articles/read-article';
import { resolveSlug } from '../articles/slug-allocation';
import { writeArticleRow } from '../articles/write-article';
import { recordFieldsInDocument } from '../documents/record-fields-in-document';
import { takeAutoSnapshotIfDue } from '../revisions/auto-snapshot';
import { searchedFieldsChanged } from '../search/search-index';

const sameJson = (left: unknown, right: unknown): boolean =>
  JSON.stringify(left) === JSON.stringify(right);

/**
 * Refreshes what the list, search, export and the CLI read (row, body, counts, search row) from
 * the article's document; a new revision only when something they show changed.
 */
export const deriveArticle = (
  db: Database.Database,
  id: string,
  doc: Y.Doc,
  options: { actor: Actor; now: Date },
): Article => {
  const stored = requireArticleHead(db, id);
  const previousBody = readBody(db, stored.rowId);
  const previous = pickArticleFields({ ...stored.article, body: previousBody });
  const fields = readArticleDocument(doc, previous);
  const bodyChanged = !sameJson(previousBody, fields.body);
  if (!bodyChanged && sameJson(previous, fields)) return { ...stored.article, body: previousBody };
  const slug = resolveSlug(
    db,
    id,
    { slug: stored.article.slug, manual: stored.slugManual },
    fields.headline,
    fields.slug !== previous.slug ? fields.slug : undefined,
  );
  const article: Article = {
    ...stored.article,
    ...fields,
    slug: slug.slug,
    counts: bodyChanged ? countDocumentCached(fields.body) : stored.article.counts,
    updatedAt: options.now.toISOString(),
    revision: stored.article.revision + 1,
  };
  writeArticleRow(
    db,
    { ...stored, slugManual: slug.manual, article },
    { body: bodyChanged, searchable: searchedFieldsChanged(previous, fields) },
  );
  // The library decides the slug (unique, following the headline until set by hand): the
  // document learns it, or the next derivation would read the old one as a manual choice.
  if (slug.slug !== fields.slug) {
    const owner = { rowId: stored.rowId, id };
    recordFieldsInDocument(db, owner, pickArticleFields(article), { slug: slug.slug });
  }
  takeAutoSnapshotIfDue(db, article, options.actor.name, options.now);
  return article;
};
