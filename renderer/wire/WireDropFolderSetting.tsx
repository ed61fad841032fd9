import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../state/settings-store';
import { useWireStore } from './wire-store';

/**
 * The settings dialog's drop folder: where agency feeds land, watched while the app runs. Only a
 * native dialog chooses it (browser mode has none: the page never sends a path).
 */
export function WireDropFolderSetting({ canChoose }: { canChoose: boolean }) {
  const { t } = useTranslation('wire');
  const folder = useSettingsStore((state) => state.settings?.wireDropFolder ?? null);
  const load = useSettingsStore((state) => state.load);
  const choose = useWireStore((state) => state.chooseDropFolder);
  const change = async (clear: boolean) => {
    if ((await choose(clear)) !== undefined) await load();
  };
  return (
    <fieldset className="wire-drop-folder-settings">
      <legend>{t('dropFolder.label')}</legend>
      <p className="field-hint">{folder === null ? t('dropFolder.none') : <code>{folder}</code>}</p>
      <p className="field-hint">{t(canChoose ? 'dropFolder.hint' : 'dropFolder.browserMode')}</p>
      <div className="field-inline">
        {canChoose && (
          <button type="button" className="button" onClick={() => void change(false)}>
            {t('dropFolder.choose')}
          </button>
        )}
        {folder !== null && (
          <button type="button" className="button" onClick={() => void change(true)}>
            {t('dropFolder.stop')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
