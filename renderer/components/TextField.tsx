import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  maxLength: number;
  multiline?: boolean;
  hint?: string;
  /** Shown, and announced with the field, while the value is refused. */
  error?: string;
  /** Refused without a message of its own (a number out of range). */
  invalid?: boolean;
  type?: 'text' | 'number';
  /** The label stays for assistive technology only. */
  hideLabel?: boolean;
  className?: string;
  list?: string;
  placeholder?: string;
  autoComplete?: string;
  disabled?: boolean;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Enter in a single-line field. */
  onEnter?: () => void;
}

/** A labelled text input or textarea with an optional hint or error. */
export function TextField({
  label,
  value,
  maxLength,
  multiline,
  hint,
  error,
  invalid = error !== undefined,
  type = 'text',
  hideLabel,
  className,
  list,
  placeholder,
  autoComplete,
  disabled,
  onChange,
  onBlur,
  onEnter,
}: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  const shared = {
    id,
    value,
    maxLength,
    placeholder,
    disabled,
    className: 'text-input',
    'aria-describedby': describedBy === '' ? undefined : describedBy,
    'aria-invalid': invalid || undefined,
    onBlur,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...shared}
          type={type}
          list={list}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && onEnter?.()}
        />
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
