import type { Article } from '../model/article';
import { escapeHtml } from './escape-html';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const displayDate = (date: string, language: string): string => {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  try {
    return format(language);
  } catch {
    return format('en');
  }
};

/**
 * The dateline: place and a `<time datetime>`; the date is the dateline's, else the day the
 * article was created (as written in its own offset).
 */
export const renderDatelineHtml = (
  article: Pick<Article, 'dateline' | 'createdAt' | 'language'>,
): string => {
  const date =
    article.dateline.date !== '' ? article.dateline.date : article.createdAt.slice(0, 10);
  const time = isoDate.test(date)
    ? `<time datetime="${date}">${escapeHtml(displayDate(date, article.language))}</time>`
    : '';
  const place =
    article.dateline.place === ''
      ? ''
      : `<span class="place">${escapeHtml(article.dateline.place)}</span>`;
  const separator = place !== '' && time !== '' ? ', ' : '';
  return place === '' && time === '' ? '' : `<p class="dateline">${place}${separator}${time}</p>`;
};
