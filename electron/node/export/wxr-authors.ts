import type { Article } from '../../../shared/model/article';
import { slugify } from '../../../shared/text/slugify';

export interface WxrAuthor {
  login: string;
  displayName: string;
}

const fallback: WxrAuthor = { login: 'copydesk', displayName: 'Copydesk' };

/**
 * One WordPress author per distinct first byline (login = slugified name, made unique), and the
 * login each article is credited to; articles without bylines go to "copydesk".
 */
export const wxrAuthors = (
  articles: readonly Pick<Article, 'id' | 'bylines'>[],
): { authors: WxrAuthor[]; loginOf: (article: Pick<Article, 'id'>) => string } => {
  const byName = new Map<string, WxrAuthor>();
  const logins = new Set<string>([fallback.login]);
  let fallbackUsed = false;
  const credited = new Map<string, string>();
  const authorFor = (displayName: string): WxrAuthor => {
    const known = byName.get(displayName);
    if (known !== undefined) return known;
    const base = slugify(displayName);
    let login = base;
    for (let counter = 2; logins.has(login); counter += 1) login = `${base}-${counter}`;
    const author = { login, displayName };
    logins.add(login);
    byName.set(displayName, author);
    return author;
  };
  for (const article of articles) {
    const name = article.bylines[0]?.name;
    fallbackUsed ||= name === undefined;
    credited.set(article.id, name === undefined ? fallback.login : authorFor(name).login);
  }
  return {
    authors: [...byName.values(), ...(fallbackUsed ? [fallback] : [])],
    loginOf: (article) => credited.get(article.id) ?? fallback.login,
  };
};
