import type { TFunction } from 'i18next';
import { roles } from '../../shared/model/role';
import type { SelectOption } from '../components/LabelledSelect';

export const roleOptions = (t: TFunction<'workflow'>): SelectOption[] =>
  roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
