import type { Dateline } from '../../shared/model/article';

/**
 * The agency-style dateline the reader sees: "DAKAR, 12 mars –" in French, "DAKAR, March 12 –"
 * in English; empty when there is neither place nor date.
 */
export const datelinePreview = (dateline: Dateline, locale: string): string => {
  const place = dateline.place.trim().toLocaleUpperCase(locale);
  const date =
    dateline.date === ''
      ? ''
      : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
          new Date(`${dateline.date}T12:00:00Z`),
        );
  const parts = [place, date].filter((part) => part !== '');
  return parts.length === 0 ? '' : `${parts.join(', ')} –`;
};
