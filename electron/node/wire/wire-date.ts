const basic = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}:?\d{2})?$/;
const extended =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const offset = (zone: string | undefined): string => {
  if (zone === undefined || zone === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
};

/**
 * An agency timestamp (NewsML 1.2's basic `20261207T080000+0100`, or ISO 8601 extended, maybe
 * without seconds or zone) as an ISO date-time with offset; null when it is not one.
 */
export const wireDate = (text: string | null | undefined): string | null => {
  const value = (text ?? '').trim();
  const match = basic.exec(value) ?? extended.exec(value);
  if (match === null) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${offset(zone)}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
};
