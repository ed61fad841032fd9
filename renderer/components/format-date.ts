const formatters = new Map<string, Intl.DateTimeFormat>();

const formatter = (language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${language}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(language, options);
    formatters.set(key, cached);
  }
  return cached;
};

const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/** Short list date: the time today, the day this year, the full date before. */
export function formatShortDate(iso: string, language: string, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  if (sameDay(date, now)) return formatter(language, { timeStyle: 'short' }).format(date);
  if (date.getFullYear() === now.getFullYear())
    return formatter(language, { day: 'numeric', month: 'short' }).format(date);
  return formatter(language, { dateStyle: 'medium' }).format(date);
}

export function formatLongDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return formatter(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
