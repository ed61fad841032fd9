import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../state/settings-store';

/** The settings dialog's switch for `rel="nofollow"` on exported links (off by default). */
export function LinksNofollowSetting() {
  const { t } = useTranslation();
  const hintId = useId();
  const on = useSettingsStore((state) => state.settings?.linksNofollow ?? false);
  const update = useSettingsStore((state) => state.update);
  return (
    <div className="field">
      <label className="switch-field">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby={hintId}
          onChange={(event) => void update({ linksNofollow: event.target.checked })}
        />
        <span>{t('settings.linksNofollow')}</span>
      </label>
      <p id={hintId} className="field-hint">
        {t('settings.linksNofollowHint')}
      </p>
    </div>
  );
}
