import { useTranslation } from 'react-i18next';
import type { ArticleSource } from '../../shared/model/article-source';

/** On an article written from a wire item that the agency has killed or corrected since. */
export function WireSourceBanner({ source }: { source: ArticleSource }) {
  const { t } = useTranslation('wire');
  if (source.notice === null) return null;
  return (
    <p role="alert" className={`article-banner wire-notice wire-notice-${source.notice}`}>
      {t(`flag.${source.notice}`, {
        agency: source.credit,
        item: source.itemId,
        version: source.version,
      })}
    </p>
  );
}
