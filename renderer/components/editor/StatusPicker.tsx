import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../../shared/model/status';
import { ConfirmDialog } from '../ConfirmDialog';
import { TextField } from '../TextField';

export interface StatusChoice {
  to: Status;
  /** The move as an action: "Submit", "Approve"… */
  label: string;
  /** What the move does to others, asked before it is made; null makes it at once. */
  confirm: { title: string; text: string } | null;
}

interface StatusPickerProps {
  status: Status;
  /** Only the moves the profile's role may make from `status`. */
  choices: StatusChoice[];
  note: string;
  disabled: boolean;
  onNoteChange: (note: string) => void;
  onChange: (status: Status) => void;
}

/**
 * The current status as text, and the allowed moves as buttons beside it: a move is made only by
 * a click (or Enter, Space) on its button, never by browsing a list with the arrow keys.
 */
export function StatusPicker({
  status,
  choices,
  note,
  disabled,
  onNoteChange,
  onChange,
}: StatusPickerProps) {
  const { t } = useTranslation(['editor', 'workflow']);
  const labelId = useId();
  const [asking, setAsking] = useState<StatusChoice | null>(null);
  const locked = disabled || choices.length === 0;
  const take = (choice: StatusChoice) => {
    if (choice.confirm === null) onChange(choice.to);
    else setAsking(choice);
  };
  return (
    <div className="status-picker">
      <span id={labelId} className="field-label">
        {t('status.label')}
      </span>
      <output aria-labelledby={labelId} className="status-current">
        {t(`status.values.${status}`)}
      </output>
      {choices.length > 0 && (
        <div
          role="group"
          aria-label={t('actions.group', { ns: 'workflow' })}
          className="status-moves"
        >
          {choices.map((choice) => (
            <button
              key={choice.to}
              type="button"
              className="button"
              disabled={disabled}
              onClick={() => take(choice)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
      <TextField
        label={t('status.note')}
        hideLabel
        className="status-note"
        placeholder={t('status.notePlaceholder')}
        value={note}
        maxLength={2_000}
        disabled={locked}
        onChange={onNoteChange}
      />
      {asking !== null && asking.confirm !== null && (
        <ConfirmDialog
          title={asking.confirm.title}
          text={asking.confirm.text}
          confirmLabel={asking.label}
          cancelLabel={t('confirm.cancel', { ns: 'workflow' })}
          onConfirm={() => {
            setAsking(null);
            onChange(asking.to);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </div>
  );
}
