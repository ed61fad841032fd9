import { useTranslation } from 'react-i18next';
import { userCommands } from '../actions/user-commands';

/** Opens the outbox (the publishing jobs, with progress, cancel and retry) from the library. */
export function OutboxButton() {
  const { t } = useTranslation();
  const outbox = userCommands['library:outbox'];
  return (
    <button type="button" className="button" onClick={outbox.perform}>
      {t(outbox.labelKey)}
    </button>
  );
}
