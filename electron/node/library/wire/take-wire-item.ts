import type { Actor } from '../../../../shared/model/actor';
import type { ArticleDraft } from '../../../../shared/ipc/contract';
import type { Article } from '../../../../shared/model/article';
import type { TypographyProfile } from '../../../../shared/text/typography-profile';
import type { LibraryContext } from '../storage/library-context';
import { writeTransaction } from '../storage/library-context';
import { prepared } from '../storage/prepared';
import { readWireEntry } from './read-wire-entry';
import { wireDraft } from './wire-draft';

/** "Write from this wire": a draft from the item, linked to it, in one transaction. */
export const takeWireItem = (
  context: LibraryContext,
  id: number,
  actor: Actor,
  profile: TypographyProfile,
  /** The library's own creation (seeding, slug, revision): passed in, the library owns it. */
  createArticle: (draft: ArticleDraft, actor: Actor) => Article,
): Article =>
  writeTransaction(context, () => {
    const entry = readWireEntry(context.db, id);
    const article = createArticle(wireDraft(entry.item, profile), actor);
    prepared(
      context.db,
      'INSERT INTO wire_takes (article_id, wire_row, version, taken_at) VALUES (?, ?, ?, ?)',
    ).run(article.id, id, entry.version, context.now().toISOString());
    return article;
  });
