import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

export function PlaceholderRow({
  index,
  setSize,
  style,
}: {
  index: number;
  setSize: number;
  style: CSSProperties;
}) {
  const { t } = useTranslation('library');
  return (
    <div
      role="listitem"
      className="article-row is-placeholder"
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-busy="true"
      data-index={index}
      style={style}
    >
      <span className="row-headline">{t('list.loadingRow')}</span>
    </div>
  );
}
