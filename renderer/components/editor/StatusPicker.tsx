import { useTranslation } from 'react-i18next';
import type { Status } from '../../../shared/model/status';
import { LabelledSelect } from '../LabelledSelect';
import { TextField } from '../TextField';

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
  const locked = disabled || choices.length === 0;
  const choose = (value: string) => {
    const choice = choices.find((candidate) => candidate.to === value);
    if (choice) onChange(choice.to);
  };
  return (
    <div className="status-picker">
      <LabelledSelect
        label={t('status.label')}
        value={status}
        options={[{ value: status, label: t(`status.values.${status}`) }]}
        groups={[
          {
            label: t('actions.group', { ns: 'workflow' }),
            options: choices.map((choice) => ({ value: choice.to, label: choice.label })),
          },
        ]}
        disabled={locked}
        onChange={choose}
      />
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
    </div>
  );
}
