import { useTranslation } from 'react-i18next';
import { userCommands } from '../actions/user-commands';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';
import { ArticlePublishState } from '../publishing/ArticlePublishState';
import { publishedSites } from '../publishing/published-sites';
import { usePublishingStore } from '../publishing/publishing-store';

/**
 * The open article on WordPress, in the editor's bar: its publishing state, "Publish to <site>"
 * for an approved or published article, and "Publish a correction…" once it went out.
 */
export function ArticlePublishing({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('publishing');
  const article = useEditorSession((state) => state.article);
  const editor = useSettingsStore(
    (state) => state.settings?.role === 'editor' || state.settings?.role === 'chief_editor',
  );
  const sites = usePublishingStore((state) => state.sites);
  const publish = usePublishingStore((state) => state.publish);
  const jobs = usePublishingStore((state) => state.jobs);
  if (article === null) return null;
  const sent = publishedSites(jobs, article.id);
  const corrigible = article.status === 'published' && sent.length > 0;
  const publishable = article.status === 'approved' || article.status === 'published';
  const correction = userCommands['article:publishCorrection'];
  return (
    <div className="article-publishing" role="group" aria-label={t('article.label')}>
      <ArticlePublishState articleId={article.id} linked />
      {editor &&
        publishable &&
        sites.map((site) => (
          <button
            key={site.name}
            type="button"
            className="button"
            disabled={disabled}
            onClick={() => void publish(article.id, site.name)}
          >
            {t(sent.includes(site.name) ? 'article.updateOn' : 'article.publishTo', {
              site: site.name,
            })}
          </button>
        ))}
      {editor && corrigible && (
        <button type="button" className="button" disabled={disabled} onClick={correction.perform}>
          {t(correction.labelKey)}
        </button>
      )}
    </div>
  );
}
