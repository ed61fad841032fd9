import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessCheck } from '../../shared/workflow/readiness';
import { readinessProblem } from './readiness-problem';

interface GatedStatusActionProps {
  /** The move as an action: "Approve", "Publish". */
  label: string;
  failed: ReadinessCheck[];
  /** Editors and chief editors may pass over failed checks with a reason. */
  canOverride: boolean;
  disabled: boolean;
  onOverride: (reason: string) => Promise<string | null>;
}

/** A move the readiness checks block: disabled, with what fails, and an override for the desk. */
export function GatedStatusAction({
  label,
  failed,
  canOverride,
  disabled,
  onOverride,
}: GatedStatusActionProps) {
  const { t, i18n } = useTranslation('workflow');
  const blockedId = useId();
  const reasonId = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const problems = failed.map((check) => readinessProblem(check, t, i18n.language)).join('; ');
  const submit = async () => {
    const refusal = await onOverride(reason.trim());
    setError(refusal);
    if (refusal === null) {
      setAsking(false);
      setReason('');
    }
  };
  return (
    <div className="gated-action">
      <button type="button" className="button" disabled aria-describedby={blockedId}>
        {label}
      </button>
      <span id={blockedId} className="gated-action-reason">
        {t('readiness.blockedBecause', { problems })}
      </span>
      {canOverride && !asking && (
        <button
          type="button"
          className="button"
          disabled={disabled}
          onClick={() => setAsking(true)}
        >
          {t('readiness.override')}
        </button>
      )}
      {asking && (
        <form
          className="override-form"
          aria-label={t('readiness.overrideTitle', { action: label })}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={reasonId} className="field-label">
            {t('readiness.overrideReason')}
          </label>
          {/* The form opens on request: its one field takes the focus, as in a dialog. */}
          <input
            id={reasonId}
            type="text"
            className="text-input"
            autoFocus
            value={reason}
            maxLength={2_000}
            required
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="submit" className="button" disabled={disabled || reason.trim() === ''}>
            {t('readiness.overrideConfirm', { action: label })}
          </button>
          <button type="button" className="button" onClick={() => setAsking(false)}>
            {t('readiness.cancel')}
          </button>
          {error !== null && <p role="alert">{error}</p>}
        </form>
      )}
    </div>
  );
}
