import { useTranslation } from 'react-i18next';
import {
  defaultHeadlineVariantLimits,
  headlineVariants,
} from '../../shared/model/headline-variants';
import { headlineVariantLimits } from '../../shared/workflow/readiness-policy';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';
import { HeadlineVariantField } from './HeadlineVariantField';

/** The SEO title, social title and meta description, each counted against its limit in Settings. */
export function HeadlineVariantsFields() {
  const { t } = useTranslation('editor');
  const article = useEditorSession((state) => state.article);
  const setField = useEditorSession((state) => state.setField);
  const settings = useSettingsStore((state) => state.settings);
  const limits = settings === null ? defaultHeadlineVariantLimits : headlineVariantLimits(settings);
  return (
    <fieldset className="headline-variants">
      <legend className="field-label">{t('metadata.variants.label')}</legend>
      {headlineVariants.map((name) => (
        <HeadlineVariantField
          key={name}
          name={name}
          value={article?.[name] ?? ''}
          limit={limits[name]}
          onChange={(value) => setField(name, value)}
        />
      ))}
    </fieldset>
  );
}
