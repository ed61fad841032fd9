import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Settings,
  TypographyProfileName,
  typographyProfileNames,
} from '../../shared/model/settings';
import { LabelledSelect } from '../components/LabelledSelect';
import { useSettingsStore } from '../state/settings-store';

type SpeedName = 'readingSignesPerMinute' | 'readingWordsPerMinute';

function SpeedField({ name }: { name: SpeedName }) {
  const { t } = useTranslation('editor');
  const saved = useSettingsStore((state) => state.settings?.[name]);
  const update = useSettingsStore((state) => state.update);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const valid = draft === null || Settings.shape[name].safeParse(Number(draft)).success;
  const commit = () => {
    if (draft !== null && valid && Number(draft) !== saved) void update({ [name]: Number(draft) });
    setDraft(null);
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t(`typography.${name}`)}
      </label>
      <input
        id={id}
        type="number"
        className="text-input"
        value={draft ?? String(saved ?? '')}
        aria-invalid={!valid}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </div>
  );
}

/** House typography profile and reading speeds, in the settings dialog. */
export function WritingSettings() {
  const { t } = useTranslation('editor');
  const profile = useSettingsStore((state) => state.settings?.typographyProfile ?? 'fr-FR');
  const update = useSettingsStore((state) => state.update);
  return (
    <>
      <LabelledSelect
        label={t('typography.profile')}
        value={profile}
        options={typographyProfileNames.map((name) => ({
          value: name,
          label: t(`typography.profiles.${name}`),
        }))}
        onChange={(value) => void update({ typographyProfile: TypographyProfileName.parse(value) })}
      />
      <div className="field-pair">
        <SpeedField name="readingSignesPerMinute" />
        <SpeedField name="readingWordsPerMinute" />
      </div>
    </>
  );
}
