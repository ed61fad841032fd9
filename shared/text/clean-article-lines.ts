import { cleanLine } from './clean-line';
import type { ArticleFields } from '../model/article';
import type { Byline } from '../model/byline';

const cleanByline = (byline: Byline): Byline => ({
  ...byline,
  name: cleanLine(byline.name),
  ...(byline.affiliation === undefined ? {} : { affiliation: cleanLine(byline.affiliation) }),
});

/**
 * The one-line fields (headline, standfirst, slug, section, tags, bylines, dateline place) through
 * `cleanLine`: tags and bylines left empty by it are dropped.
 */
export const cleanArticleLines = <Fields extends ArticleFields>(fields: Fields): Fields => ({
  ...fields,
  headline: cleanLine(fields.headline),
  standfirst: cleanLine(fields.standfirst),
  slug: cleanLine(fields.slug),
  section: cleanLine(fields.section),
  tags: fields.tags.map(cleanLine).filter((tag) => tag !== ''),
  bylines: fields.bylines.map(cleanByline).filter((byline) => byline.name !== ''),
  dateline: { ...fields.dateline, place: cleanLine(fields.dateline.place) },
});
