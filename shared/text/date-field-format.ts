import type { UiLanguage } from '../model/settings';

/** A calendar date and a wall time as the stored values spell them. */
const isoDate = (year: number, month: number, day: number): string | null => {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1) return null;
  if (probe.getUTCDate() !== day || year < 1000) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

const wallTime = (hour: number, minute: number): string | null =>
  hour > 23 || minute > 59
    ? null
    : `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

const datePatterns: Record<UiLanguage, RegExp> = {
  // jj/mm/aaaa, also with dots or dashes.
  fr: /^(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>\d{4})$/,
  // English has no one order of day and month: ISO's year-month-day cannot be misread.
  en: /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$/,
};
const timePattern = /^(?<hour>\d{1,2})\s*[:h]\s*(?<minute>\d{2})$/i;

const parseDate = (text: string, language: UiLanguage): string | null => {
  const groups = datePatterns[language].exec(text.trim())?.groups;
  if (groups === undefined) return null;
  return isoDate(Number(groups.year), Number(groups.month), Number(groups.day));
};

const parseTime = (text: string): string | null => {
  const groups = timePattern.exec(text.trim())?.groups;
  return groups === undefined ? null : wallTime(Number(groups.hour), Number(groups.minute));
};

const formatDate = (value: string, language: UiLanguage): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return '';
  const [, year, month, day] = match;
  return language === 'fr' ? `${day}/${month}/${year}` : value;
};

/**
 * Date fields in the interface language's format, whatever the browser's locale: French
 * `jj/mm/aaaa` and 24-hour `hh:mm`, English `yyyy-mm-dd` and 24-hour `hh:mm`. Values are the
 * stored ones: `YYYY-MM-DD` for a date, `YYYY-MM-DDTHH:mm` (a local wall time) for a date and
 * time; parsing answers null for anything incomplete or impossible (31/02).
 */
export const dateFieldFormat = {
  parseDate,
  parseDateTime: (text: string, language: UiLanguage): string | null => {
    const match = /^(\S+)\s+(?:à\s+|at\s+)?(.+)$/i.exec(text.trim());
    if (match === null) return null;
    const date = parseDate(match[1]!, language);
    const time = parseTime(match[2]!);
    return date === null || time === null ? null : `${date}T${time}`;
  },
  formatDate,
  formatDateTime: (value: string, language: UiLanguage): string => {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
    return match === null ? '' : `${formatDate(match[1]!, language)} ${match[2]!}`;
  },
};
