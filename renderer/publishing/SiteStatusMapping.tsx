import { useTranslation } from 'react-i18next';
import { WordpressStatusMapping, type WordpressSite } from '../../shared/model/wordpress-site';
import { LabelledSelect } from '../components/LabelledSelect';

/** What a site makes of Published and Approved articles (publish, pending review or draft). */
export function SiteStatusMapping({
  site,
  onChange,
}: {
  site: WordpressSite;
  onChange: (mapping: WordpressStatusMapping) => void;
}) {
  const { t } = useTranslation('publishing');
  const options = (values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`mapping.values.${value}`) }));
  const mapping = site.statusMapping;
  return (
    <div className="site-status-mapping">
      <LabelledSelect
        label={t('mapping.published', { site: site.name })}
        value={mapping.published}
        options={options(WordpressStatusMapping.shape.published.options)}
        onChange={(value) =>
          onChange(WordpressStatusMapping.parse({ ...mapping, published: value }))
        }
      />
      <LabelledSelect
        label={t('mapping.approved', { site: site.name })}
        value={mapping.approved}
        options={options(WordpressStatusMapping.shape.approved.options)}
        onChange={(value) =>
          onChange(WordpressStatusMapping.parse({ ...mapping, approved: value }))
        }
      />
    </div>
  );
}
