import { useEffect } from 'react';
import { useSettingsStore } from '../state/settings-store';
import { OutboxView } from './OutboxView';
import { usePublishingStore } from './publishing-store';
import { WordpressSitesSettings } from './WordpressSitesSettings';

/** Publishing in the settings: the sites with their status mapping, and the outbox. */
export function PublishingSettings() {
  const state = usePublishingStore();
  const language = useSettingsStore((settings) => settings.settings?.uiLanguage ?? 'en');
  const { load } = state;
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <WordpressSitesSettings
        sites={state.sites}
        checks={state.checks}
        language={language}
        onSave={state.saveSite}
        onRemove={(name) => void state.removeSite(name)}
        onCheck={(name) => void state.check(name)}
      />
      <OutboxView />
      {state.error !== null && <p role="alert">{state.error.message}</p>}
    </>
  );
}
