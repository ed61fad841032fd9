import { AppError } from '../../../shared/ipc/error-code';
import type { HandlerTable } from '../ipc/dispatch';
import type { HostContext } from './host-context';

const notYet = (): never => {
  throw new AppError('unavailable', 'Article packages are not available yet.');
};

export const createPackageHandlers = (_context: HostContext): Pick<
  HandlerTable,
  'packages:send' | 'articles:resolveConflict'
> => ({
  'packages:send': notYet,
  'articles:resolveConflict': notYet,
});
