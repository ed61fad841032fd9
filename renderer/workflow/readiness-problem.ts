import type { TFunction } from 'i18next';
import type { ReadinessCheck } from '../../shared/workflow/readiness';

/** "8 Dec 2026, 06:00" / "8 déc. 2026, 06:00": day first and 24-hour time in both languages. */
const embargoDate = (iso: string, language: string, timeZone?: string): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));

/**
 * A failed check as the problem it names ("1 open comment", "Under embargo until 8 Dec 2026,
 * 06:00"), in the interface language, rather than the check's title.
 */
export const readinessProblem = (
  check: ReadinessCheck,
  t: TFunction<'workflow'>,
  language: string,
  timeZone?: string,
): string => {
  const key = `readiness.problems.${check.id}` as const;
  if (check.id === 'embargo_passed') {
    const embargo = String(check.values?.embargo ?? '');
    return t(key, { embargo: embargo === '' ? '' : embargoDate(embargo, language, timeZone) });
  }
  return t(key, check.values ?? {});
};
