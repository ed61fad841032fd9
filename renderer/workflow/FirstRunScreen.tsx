import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch, UiLanguage } from '../../shared/model/settings';
import { defaultUiLanguage, uiLanguages } from '../../shared/model/settings';
import { Role } from '../../shared/model/role';
import { Dialog } from '../components/Dialog';
import { LabelledSelect } from '../components/LabelledSelect';
import { TextField } from '../components/TextField';
import { applyLanguage } from '../i18n/setup';
import { useSettingsStore } from '../state/settings-store';
import { roleOptions } from './role-options';
import './workflow.css';

const isUiLanguage = (value: string): value is UiLanguage =>
  (uiLanguages as readonly string[]).includes(value);

/**
 * Asks a new user for their interface language and the profile that signs their work; "Later"
 * skips the profile for good. The language starts as `userLocale`'s: the browser's in browser
 * mode (the settings' default follows the machine serving them), the system's in Electron.
 */
export function FirstRunScreen({ userLocale }: { userLocale: string }) {
  const { t } = useTranslation(['workflow', 'common']);
  const update = useSettingsStore((state) => state.update);
  const [language, setLanguage] = useState<UiLanguage>(() => defaultUiLanguage(userLocale));
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reporter');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void applyLanguage(language);
  }, [language]);

  const finish = async (patch: SettingsPatch) => {
    setFailed(!(await update({ ...patch, uiLanguage: language, onboarded: true })));
  };
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') void finish({ authorName: name.trim(), role });
  };
  const later = () => void finish({});

  return (
    <Dialog title={t('firstRun.title')} className="first-run" onCancel={later}>
      <form onSubmit={start}>
        <LabelledSelect
          label={t('settings.uiLanguage', { ns: 'common' })}
          value={language}
          options={uiLanguages.map((option) => ({
            value: option,
            label: t(`languages.${option}`, { ns: 'common' }),
            lang: option,
          }))}
          onChange={(value) => isUiLanguage(value) && setLanguage(value)}
        />
        <p className="dialog-text">{t('firstRun.intro')}</p>
        <TextField
          label={t('firstRun.name')}
          value={name}
          maxLength={200}
          autoComplete="name"
          onChange={setName}
        />
        <LabelledSelect
          label={t('firstRun.role')}
          value={role}
          options={roleOptions(t)}
          onChange={(value) => setRole(Role.parse(value))}
        />
        {failed && (
          <p role="alert" className="field-hint">
            {t('firstRun.failed')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={later}>
            {t('firstRun.later')}
          </button>
          <button type="submit" className="button button-primary" disabled={name.trim() === ''}>
            {t('firstRun.start')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
