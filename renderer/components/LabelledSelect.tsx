import type { ReactNode } from 'react';
import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

export interface LabelledSelectProps {
  label: string;
  value: string;
  options: SelectOption[];
  /** Further choices under a heading, after `options`. */
  groups?: SelectGroup[];
  className?: string;
  /** The label stays for assistive technology; the first option says what the select is. */
  hideLabel?: boolean;
  disabled?: boolean;
  onChange: (value: string) => void;
  /** A line under the select that describes it (for example the whole of a long choice). */
  hint?: string;
  /** Shown after the select, inside the same field (a companion input). */
  children?: ReactNode;
}

const optionElements = (options: SelectOption[]) =>
  options.map((option) => (
    <option key={option.value} value={option.value} lang={option.lang}>
      {option.label}
    </option>
  ));

export function LabelledSelect({
  label,
  value,
  options,
  groups = [],
  className,
  hideLabel,
  disabled,
  onChange,
  hint,
  children,
}: LabelledSelectProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        disabled={disabled}
        aria-describedby={hint === undefined ? undefined : hintId}
        onChange={(event) => onChange(event.target.value)}
      >
        {optionElements(options)}
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={group.label}>
              {optionElements(group.options)}
            </optgroup>
          ))}
      </select>
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children}
    </div>
  );
}
