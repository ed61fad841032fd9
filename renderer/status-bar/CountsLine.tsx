import { useTranslation } from 'react-i18next';
import type { Counts } from '../../shared/model/counts';
import { feuillets } from '../../shared/text/feuillets';

/** "120 words · 734 signes · 0.5 feuillets · 1 min read", numbers in the interface's format. */
export function CountsLine({
  label,
  counts,
  readingMinutes,
}: {
  label: string;
  counts: Counts;
  readingMinutes?: number;
}) {
  const { t, i18n } = useTranslation('editor');
  const whole = new Intl.NumberFormat(i18n.language);
  const tenths = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const pages = feuillets(counts.signes);
  const figure = (key: string, count: number, format = whole) => (
    <span className="counts-figure">{t(key, { count, formatted: format.format(count) })}</span>
  );
  return (
    <span className="counts-line">
      <span className="counts-line-label">{label}</span>
      {figure('counts.words', counts.words)}
      {figure('counts.signes', counts.signes)}
      {figure('counts.feuillets', pages, tenths)}
      {readingMinutes !== undefined && figure('counts.readingTime', readingMinutes)}
    </span>
  );
}
