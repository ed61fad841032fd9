import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../../shared/model/status';
import { statuses } from '../../../shared/model/status';

interface StatusPickerProps {
  status: Status;
  note: string;
  disabled: boolean;
  onNoteChange: (note: string) => void;
  onChange: (status: Status) => void;
}

export function StatusPicker({ status, note, disabled, onNoteChange, onChange }: StatusPickerProps) {
  const { t } = useTranslation('editor');
  const selectId = useId();
  return (
    <div className="status-picker">
      <label htmlFor={selectId} className="field-label">{t('status.label')}</label>
      <select
        id={selectId}
        className="select"
        value={status}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as Status)}
      >
        {statuses.map((value) => (
          <option key={value} value={value}>
            {t(`status.values.${value}`)}
          </option>
        ))}
      </select>
      <input
        type="text"
        className="text-input status-note"
        aria-label={t('status.note')}
        placeholder={t('status.notePlaceholder')}
        value={note}
        maxLength={2_000}
        disabled={disabled}
        onChange={(event) => onNoteChange(event.target.value)}
      />
    </div>
  );
}
