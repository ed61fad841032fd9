import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Settings } from '../../shared/model/settings';
import { TextField } from '../components/TextField';
import { useSettingsStore } from '../state/settings-store';

type LimitName = 'seoTitleMaxLength' | 'socialTitleMaxLength' | 'metaDescriptionMaxLength';

function LimitField({ name }: { name: LimitName }) {
  const { t } = useTranslation('editor');
  const saved = useSettingsStore((state) => state.settings?.[name]);
  const update = useSettingsStore((state) => state.update);
  const [draft, setDraft] = useState<string | null>(null);
  const valid = draft === null || Settings.shape[name].safeParse(Number(draft)).success;
  const commit = () => {
    if (draft !== null && valid && Number(draft) !== saved) void update({ [name]: Number(draft) });
    setDraft(null);
  };
  return (
    <TextField
      label={t(`metadata.variants.limits.${name}`)}
      type="number"
      value={draft ?? String(saved ?? '')}
      maxLength={5}
      invalid={!valid}
      onChange={setDraft}
      onBlur={commit}
      onEnter={commit}
    />
  );
}

/** The settings dialog's limits of the headline variants and whether readiness requires them. */
export function HeadlineVariantSettings() {
  const { t } = useTranslation('editor');
  const required = useSettingsStore((state) => state.settings?.requireHeadlineVariants ?? false);
  const update = useSettingsStore((state) => state.update);
  return (
    <fieldset className="headline-variant-settings">
      <legend>{t('metadata.variants.label')}</legend>
      <div className="field-triple">
        <LimitField name="seoTitleMaxLength" />
        <LimitField name="socialTitleMaxLength" />
        <LimitField name="metaDescriptionMaxLength" />
      </div>
      <label className="switch-field">
        <input
          type="checkbox"
          role="switch"
          checked={required}
          onChange={(event) => void update({ requireHeadlineVariants: event.target.checked })}
        />
        <span>{t('metadata.variants.require')}</span>
      </label>
    </fieldset>
  );
}
