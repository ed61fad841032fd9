import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../shared/model/revision';
import { LabelledSelect } from '../components/LabelledSelect';
import { useEditorSession } from '../state/editor-session';
import type { CompareTarget } from './compare-store';
import { useCompare } from './compare-store';
import { DiffView } from './DiffView';
import { versionLabel } from '../components/version-label';
import { versionOptions } from './version-options';

/** A narrow panel cuts a version's long label in its select: the whole of it shows underneath. */
const chosenLabel = (options: { value: string; label: string }[], value: string) =>
  options.find((option) => option.value === value)?.label;

interface ComparePanelProps {
  articleId: string;
  items: RevisionSummary[];
  formatDate: (iso: string) => string;
  onRestoreVersion: (revisionId: number) => void;
  onBack: () => void;
  /** Whether the comparison takes the whole window, and the button that switches it. */
  fullWidth: boolean;
  onToggleFullWidth: () => void;
}

/** Picks two versions (or a version and the current text) and shows what differs. */
export function ComparePanel({
  articleId,
  items,
  formatDate,
  onRestoreVersion,
  onBack,
  fullWidth,
  onToggleFullWidth,
}: ComparePanelProps) {
  const { t } = useTranslation('diff');
  const { t: tEditor } = useTranslation('editor');
  const { comparison, loading, failure, compare, restoreParagraph, clear } = useCompare();
  const busy = useEditorSession((state) => state.busy || state.save.kind === 'conflict');
  const [chosenFrom, setFromId] = useState<number | null>(null);
  const [chosenTo, setTo] = useState<CompareTarget | null>(null);
  const shown = comparison?.articleId === articleId ? comparison : null;
  // A comparison opened from elsewhere (an import conflict) shows which pair it is.
  const fromId = chosenFrom ?? shown?.fromId ?? items[0]?.id ?? null;
  const to = chosenTo ?? shown?.to ?? 'current';

  useEffect(() => clear, [articleId, clear]);

  const versions = versionOptions(items, {
    name: (item) => versionLabel(item, tEditor),
    date: formatDate,
    unknownAuthor: tEditor('revisions.unknownAuthor'),
    option: (values) => t('versionOption', values),
    withRevision: (values) => t('versionOptionRevision', values),
  });

  const targets = [{ value: 'current', label: t('current') }, ...versions];

  return (
    <section className="compare-panel" aria-label={t('compareTitle')}>
      <h3>{t('compareTitle')}</h3>
      <form
        className="compare-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (fromId !== null) void compare(articleId, fromId, to);
        }}
      >
        <LabelledSelect
          label={t('from')}
          value={String(fromId ?? '')}
          options={versions}
          hint={fullWidth ? undefined : chosenLabel(versions, String(fromId ?? ''))}
          onChange={(value) => setFromId(Number(value))}
        />
        <LabelledSelect
          label={t('to')}
          value={String(to)}
          options={targets}
          hint={
            fullWidth
              ? undefined
              : to === 'current'
                ? t('currentHint')
                : chosenLabel(targets, String(to))
          }
          onChange={(value) => setTo(value === 'current' ? 'current' : Number(value))}
        />
        <div className="editor-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={fromId === null || loading}
          >
            {t('show')}
          </button>
          <button type="button" className="button" onClick={onBack}>
            {t('back')}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={fullWidth}
            onClick={onToggleFullWidth}
          >
            {t('fullWidth')}
          </button>
        </div>
      </form>
      {loading && <p role="status">{t('loading')}</p>}
      {failure && (
        <p role="alert" className="editor-failure">
          {failure.action === 'stale'
            ? t('stale')
            : t(failure.action === 'compare' ? 'failed' : 'restoreFailed', {
                reason: tEditor(`errors.${failure.error.code}`),
              })}
        </p>
      )}
      {shown && (
        <>
          <DiffView
            key={`${shown.fromId}:${shown.to}`}
            blocks={shown.blocks}
            metadata={shown.metadata}
            counts={shown.counts}
            restoreDisabled={busy || loading}
            onRestoreParagraph={
              shown.to === 'current' ? (position) => void restoreParagraph(position) : undefined
            }
          />
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onRestoreVersion(shown.fromId)}
          >
            {t('restoreVersion')}
          </button>
        </>
      )}
    </section>
  );
}
