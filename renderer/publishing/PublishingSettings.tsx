import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';
import { OutboxPanel } from './OutboxPanel';
import { usePublishingStore } from './publishing-store';
import { WordpressSitesSettings } from './WordpressSitesSettings';

/** Publishing in the settings: the sites, publishing the open article, and the outbox. */
export function PublishingSettings() {
  const { t } = useTranslation('publishing');
  const state = usePublishingStore();
  const language = useSettingsStore((settings) => settings.settings?.uiLanguage ?? 'en');
  const article = useEditorSession((session) => session.article);
  const { load } = state;
  useEffect(() => {
    void load();
  }, [load]);
  const publishable =
    article !== null && (article.status === 'approved' || article.status === 'published');
  const headlines = article === null ? {} : { [article.id]: article.headline };
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
      {publishable &&
        state.sites.map((site) => (
          <button
            key={site.name}
            type="button"
            className="button"
            onClick={() => void state.publish(article.id, site.name)}
          >
            {t('outbox.publishTo', { headline: article.headline, site: site.name })}
          </button>
        ))}
      <OutboxPanel
        jobs={state.jobs}
        headlines={headlines}
        comparison={state.comparison}
        onCancel={(jobId) => void state.cancel(jobId)}
        onCompare={(job) => void state.compare(job)}
        onOverwrite={(jobId) => void state.overwrite(jobId)}
        onRefresh={() => void load()}
      />
      {state.error !== null && <p role="alert">{state.error.message}</p>}
    </>
  );
}
