import { useTranslation } from 'react-i18next';
import { availableOnHost } from '../../shared/commands/available-on-host';
import type { MenuCommand } from '../../shared/ipc/contract';
import { userCommands } from '../actions/user-commands';
import type { Host } from '../state/host';

export interface LibraryCommandButtonsProps {
  ids: readonly MenuCommand[];
  host: Host | undefined;
  disabled: (id: MenuCommand) => boolean;
}

/**
 * The library's commands as buttons, those the host can run; where some cannot (a folder dialog
 * in browser mode), a line says what to do instead.
 */
export function LibraryCommandButtons({ ids, host, disabled }: LibraryCommandButtonsProps) {
  const { t } = useTranslation();
  const shown = ids.filter((id) => host === undefined || availableOnHost(userCommands[id], host));
  return (
    <>
      {shown.length > 0 && (
        <div className="button-row">
          {shown.map((id) => (
            <button
              key={id}
              type="button"
              className="button"
              disabled={disabled(id)}
              onClick={userCommands[id].perform}
            >
              {t(userCommands[id].labelKey)}
            </button>
          ))}
        </div>
      )}
      {shown.length < ids.length && <p className="field-hint">{t('settings.libraryInBrowser')}</p>}
    </>
  );
}
