import type {
  WireEntry,
  WireQueryInput,
  WireStoreOutcome,
  WireSummary,
} from '../../../../shared/model/wire-entry';
import type { WireItem } from '../../../../shared/model/wire-item';
import type { Actor } from '../../../../shared/model/actor';
import type { Article } from '../../../../shared/model/article';
import type { ArticleSource } from '../../../../shared/model/article-source';
import type { TypographyProfile } from '../../../../shared/text/typography-profile';

/** The library's wire items: agency copy kept read-only beside the articles. */
export interface WireDesk {
  /** Stores the items read from one file (`source` names it), in one transaction. */
  store(items: readonly WireItem[], source: string): WireStoreOutcome[];
  list(query: WireQueryInput): WireSummary[];
  get(id: number): WireEntry;
  markRead(id: number): void;
  /** "Write from this wire": a new draft linked to the item. */
  take(id: number, actor: Actor, profile: TypographyProfile): Article;
  /** The item an article was written from (flagged when killed or corrected since), or null. */
  sourceOf(articleId: string): ArticleSource | null;
}
