import { Role, roles } from '../../shared/model/role';
import { UsageError } from './usage-error';

export const parseRole = (value: string): Role => {
  const parsed = Role.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(`unknown role "${value}" (use one of: ${roles.join(', ')})`);
  }
  return parsed.data;
};
