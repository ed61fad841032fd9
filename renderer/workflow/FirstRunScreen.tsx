import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch } from '../../shared/model/settings';
import { Role } from '../../shared/model/role';
import { Dialog } from '../components/Dialog';
import { LabelledSelect } from '../components/LabelledSelect';
import { TextField } from '../components/TextField';
import { useSettingsStore } from '../state/settings-store';
import { roleOptions } from './role-options';
import './workflow.css';

/** Asks a new user for the profile that signs their work; "Later" skips it for good. */
export function FirstRunScreen() {
  const { t } = useTranslation('workflow');
  const update = useSettingsStore((state) => state.update);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reporter');
  const [failed, setFailed] = useState(false);

  const finish = async (patch: SettingsPatch) => {
    setFailed(!(await update({ ...patch, onboarded: true })));
  };
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') void finish({ authorName: name.trim(), role });
  };
  const later = () => void finish({});

  return (
    <Dialog title={t('firstRun.title')} className="first-run" onCancel={later}>
      <form onSubmit={start}>
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
