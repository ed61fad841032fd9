import { useTranslation } from 'react-i18next';
import type { ArticleCounts } from '../../shared/text/article-counts';
import { feuillets } from '../../shared/text/feuillets';

export type PartCounts = Pick<ArticleCounts, 'headline' | 'standfirst' | 'body'>;

/** Headline, standfirst and body apart: the desk calibrates the body. */
export function CountsBreakdown({ parts }: { parts: PartCounts }) {
  const { t, i18n } = useTranslation('editor');
  const whole = new Intl.NumberFormat(i18n.language);
  const tenths = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (
    <table className="counts-breakdown">
      <caption className="visually-hidden">{t('counts.details')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('counts.part')}</th>
          <th scope="col">{t('counts.wordsColumn')}</th>
          <th scope="col">{t('counts.signesColumn')}</th>
          <th scope="col">{t('counts.withoutSpacesColumn')}</th>
          <th scope="col">{t('counts.feuilletsColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {(['headline', 'standfirst', 'body'] as const).map((part) => (
          <tr key={part}>
            <th scope="row">{t(`counts.${part}`)}</th>
            <td>{whole.format(parts[part].words)}</td>
            <td>{whole.format(parts[part].signes)}</td>
            <td>{whole.format(parts[part].signesWithoutSpaces)}</td>
            <td>{tenths.format(feuillets(parts[part].signes))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
