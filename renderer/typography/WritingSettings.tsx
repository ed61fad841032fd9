import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Settings,
  TypographyProfileName,
  typographyProfileNames,
} from '../../shared/model/settings';
import { LabelledSelect } from '../components/LabelledSelect';
import { TextField } from '../components/TextField';
import { useSettingsStore } from '../state/settings-store';

type SpeedName = 'readingSignesPerMinute' | 'readingWordsPerMinute';

function SpeedField({ name }: { name: SpeedName }) {
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
      label={t(`typography.${name}`)}
      type="number"
      value={draft ?? String(saved ?? '')}
      maxLength={9}
      invalid={!valid}
      onChange={setDraft}
      onBlur={commit}
      onEnter={commit}
    />
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
          label: t(`typography.profileNames.${name}`),
        }))}
        hint={t(`typography.profiles.${profile}`)}
        onChange={(value) => void update({ typographyProfile: TypographyProfileName.parse(value) })}
      />
      <div className="field-pair">
        <SpeedField name="readingSignesPerMinute" />
        <SpeedField name="readingWordsPerMinute" />
      </div>
    </>
  );
}
