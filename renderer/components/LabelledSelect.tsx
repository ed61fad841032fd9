import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

export interface LabelledSelectProps {
  label: string;
  value: string;
  options: SelectOption[];
  className?: string;
  /** The label stays for assistive technology; the first option says what the select is. */
  hideLabel?: boolean;
  onChange: (value: string) => void;
}

export function LabelledSelect({
  label,
  value,
  options,
  className,
  hideLabel,
  onChange,
}: LabelledSelectProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
