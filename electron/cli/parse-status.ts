import { Status, statuses } from '../../shared/model/status';
import { UsageError } from './usage-error';

export const parseStatus = (value: string): Status => {
  const parsed = Status.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(`unknown status "${value}" (use one of: ${statuses.join(', ')})`);
  }
  return parsed.data;
};
