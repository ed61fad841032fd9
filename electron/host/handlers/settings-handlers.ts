import type { HandlerTable } from '../dispatch';
import type { HostContext } from './host-context';

type SettingsHandlers = Pick<HandlerTable, 'settings:get' | 'settings:update'>;

export const createSettingsHandlers = ({ settings }: HostContext): SettingsHandlers => ({
  'settings:get': () => settings.get(),
  'settings:update': (patch) => settings.update(patch),
});
