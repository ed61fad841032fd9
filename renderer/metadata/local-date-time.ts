const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** An instant as a `datetime-local` value (YYYY-MM-DDTHH:mm) in this computer's time zone. */
export const toLocalInput = (iso: string | null): string => {
  if (iso === null) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/**
 * A `datetime-local` value as ISO 8601 with this computer's offset at that date
 * ("2025-03-12T18:00:00+01:00"), so the wall time the writer typed is kept; null when incomplete.
 */
export const fromLocalInput = (value: string): string | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hour, minute);
  if (Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${value}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
};

export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
