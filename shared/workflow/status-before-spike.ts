import type { StatusChange } from '../model/revision';
import type { Status } from '../model/status';

/** Where unspiking returns: the status the latest spike moved the article from. */
export const statusBeforeSpike = (
  log: readonly Pick<StatusChange, 'from' | 'to'>[],
): Status | undefined => {
  const spike = log.findLast((change) => change.to === 'spiked');
  return spike?.from ?? undefined;
};
