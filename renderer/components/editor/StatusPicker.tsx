import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../../shared/model/status';

export interface StatusChoice {
  to: Status;
  /** The move as an action: "Submit", "Approve"… */
  label: string;
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

/** The current status, with the allowed moves offered as actions in the same select. */
export function StatusPicker({
  status,
  choices,
  note,
  disabled,
  onNoteChange,
  onChange,
}: StatusPickerProps) {
  const { t } = useTranslation(['editor', 'workflow']);
  const selectId = useId();
  const choose = (value: string) => {
    const choice = choices.find((candidate) => candidate.to === value);
    if (choice) onChange(choice.to);
  };
  return (
    <div className="status-picker">
      <label htmlFor={selectId} className="field-label">
        {t('status.label')}
      </label>
      <select
        id={selectId}
        className="select"
        value={status}
        disabled={disabled || choices.length === 0}
        onChange={(event) => choose(event.target.value)}
      >
        <option value={status}>{t(`status.values.${status}`)}</option>
        {choices.length > 0 && (
          <optgroup label={t('actions.group', { ns: 'workflow' })}>
            {choices.map((choice) => (
              <option key={choice.to} value={choice.to}>
                {choice.label}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <input
        type="text"
        className="text-input status-note"
        aria-label={t('status.note')}
        placeholder={t('status.notePlaceholder')}
        value={note}
        maxLength={2_000}
        disabled={disabled || choices.length === 0}
        onChange={(event) => onNoteChange(event.target.value)}
      />
    </div>
  );
}
