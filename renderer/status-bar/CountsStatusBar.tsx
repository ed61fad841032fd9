import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleCounts } from '../../shared/text/article-counts';
import { defaultReadingSpeed, readingMinutes } from '../../shared/text/reading-time';
import { useEditorSession } from '../state/editor-session';
import { useSettingsStore } from '../state/settings-store';
import { useBodyEditor } from '../state/body-editor';
import { CountsBreakdown } from './CountsBreakdown';
import { CountsLine } from './CountsLine';
import { TargetProgressBar } from './TargetProgressBar';
import { useBodyCounts, useSelectionCounts } from './use-body-counts';
import './status-bar.css';

/** Live counts below the body: the article, the selection, the target. */
export function CountsStatusBar() {
  const { t } = useTranslation('editor');
  const editor = useBodyEditor((state) => state.editor);
  const headline = useEditorSession((state) => state.article?.headline ?? '');
  const standfirst = useEditorSession((state) => state.article?.standfirst ?? '');
  const language = useEditorSession((state) => state.article?.language ?? 'fr');
  const target = useEditorSession((state) => state.article?.targetLength ?? null);
  const savedCounts = useEditorSession((state) => state.article?.counts ?? null);
  const settings = useSettingsStore((state) => state.settings);
  const [expanded, setExpanded] = useState(false);
  const liveBody = useBodyCounts(editor);
  const selection = useSelectionCounts(editor);
  const body = liveBody ?? savedCounts;
  const parts = useMemo(
    () => (body ? articleCounts({ headline, standfirst }, body) : null),
    [headline, standfirst, body],
  );
  if (!parts) return null;

  const { article } = parts;
  const speed = settings
    ? {
        signesPerMinute: settings.readingSignesPerMinute,
        wordsPerMinute: settings.readingWordsPerMinute,
      }
    : defaultReadingSpeed;
  return (
    <section className="counts-status-bar" aria-label={t('counts.label')}>
      <div className="counts-row">
        <button
          type="button"
          className="button button-quiet button-small counts-toggle"
          aria-expanded={expanded}
          title={t('counts.details')}
          onClick={() => setExpanded(!expanded)}
        >
          <CountsLine
            label={t('counts.article')}
            counts={article}
            readingMinutes={readingMinutes(article, language, speed)}
          />
        </button>
        {selection && <CountsLine label={t('counts.selection')} counts={selection} />}
        {target && <TargetProgressBar counts={parts.body} target={target} />}
      </div>
      {expanded && <CountsBreakdown parts={parts} />}
    </section>
  );
}
