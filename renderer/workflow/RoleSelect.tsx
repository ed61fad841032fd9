import { useTranslation } from 'react-i18next';
import { Role } from '../../shared/model/role';
import { LabelledSelect } from '../components/LabelledSelect';
import { useSettingsStore } from '../state/settings-store';
import { roleOptions } from './role-options';

/** The profile's role, in the settings dialog. */
export function RoleSelect() {
  const { t } = useTranslation('workflow');
  const role = useSettingsStore((state) => state.settings?.role ?? 'reporter');
  const update = useSettingsStore((state) => state.update);
  return (
    <LabelledSelect
      label={t('roles.label')}
      value={role}
      options={roleOptions(t)}
      onChange={(value) => void update({ role: Role.parse(value) })}
    />
  );
}
