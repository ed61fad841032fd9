import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch } from '../../shared/model/settings';
import { Role } from '../../shared/model/role';
import { Dialog } from '../components/Dialog';
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
  const nameId = useId();
  const roleId = useId();

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
        <div className="field">
          <label htmlFor={nameId} className="field-label">
            {t('firstRun.name')}
          </label>
          <input
            id={nameId}
            type="text"
            className="text-input"
            value={name}
            maxLength={200}
            autoComplete="name"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={roleId} className="field-label">
            {t('firstRun.role')}
          </label>
          <select
            id={roleId}
            className="select"
            value={role}
            onChange={(event) => setRole(Role.parse(event.target.value))}
          >
            {roleOptions(t).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
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
