import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessCheck } from '../../shared/workflow/readiness';
import { useDismiss } from '../components/use-dismiss';
import { useFitInWindow } from '../components/use-fit-in-window';
import { ReadinessChecklist } from './ReadinessChecklist';

/**
 * The publish-readiness checks folded into one badge (✓, or ✗ and how many fail) that opens
 * the checklist, so the bar above the text stays one line on a laptop.
 */
export function ReadinessBadge({ checks }: { checks: ReadinessCheck[] }) {
  const { t } = useTranslation('workflow');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const container = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, container, opener, close);
  useFitInWindow(open, popover);
  const failed = checks.filter((check) => !check.ok).length;

  return (
    <div ref={container} className="readiness-badge-anchor">
      <button
        ref={opener}
        type="button"
        className={`button readiness-badge ${failed === 0 ? 'is-ready' : 'is-failing'}`}
        aria-label={
          failed === 0 ? t('readiness.badgeReady') : t('readiness.badge', { count: failed })
        }
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{failed === 0 ? '✓' : `✗ ${failed}`}</span>{' '}
        <span aria-hidden="true">{t('readiness.label')}</span>
      </button>
      {open && (
        <div ref={popover} id={listId} className="readiness-popover">
          <ReadinessChecklist checks={checks} />
        </div>
      )}
    </div>
  );
}
