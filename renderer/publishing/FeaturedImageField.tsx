import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { articleFigures } from '../../shared/editor/article-figures';
import { LabelledSelect } from '../components/LabelledSelect';
import { useEditorSession } from '../state/editor-session';
import { usePublishingStore } from './publishing-store';

/** Details panel: which figure goes out as the post's featured image (the first by default). */
export function FeaturedImageField({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('publishing');
  const article = useEditorSession((state) => state.article);
  const featured = usePublishingStore((state) => state.featured);
  const loadFeatured = usePublishingStore((state) => state.loadFeatured);
  const chooseFeatured = usePublishingStore((state) => state.chooseFeatured);
  const articleId = article?.id ?? null;
  useEffect(() => {
    if (articleId !== null) void loadFeatured(articleId);
  }, [articleId, loadFeatured]);
  if (article === null) return null;
  const figures = articleFigures(article.body);
  if (figures.length === 0) return null;
  const chosen = featured?.articleId === article.id ? (featured.src ?? '') : '';
  const options = [
    { value: '', label: t('featured.first') },
    ...figures.map((figure, index) => ({
      value: figure.src,
      label: t('featured.figure', {
        index: index + 1,
        text: figure.caption.trim() || figure.alt.trim() || t('featured.untitled'),
      }),
    })),
  ];
  return (
    <LabelledSelect
      label={t('featured.label')}
      value={chosen}
      options={options}
      disabled={readOnly}
      onChange={(value) => void chooseFeatured(article.id, value === '' ? null : value)}
    />
  );
}
