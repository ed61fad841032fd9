import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  maxLength: number;
  multiline?: boolean;
  hint?: string;
  className?: string;
  list?: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
}

/** A labelled text input or textarea with an optional hint. */
export function TextField({
  label,
  value,
  maxLength,
  multiline,
  hint,
  className,
  list,
  onChange,
  onBlur,
}: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  const shared = {
    id,
    value,
    maxLength,
    'aria-describedby': hint ? hintId : undefined,
    onBlur,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {multiline ? (
        <textarea
          {...shared}
          className="text-input"
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...shared}
          type="text"
          className="text-input"
          list={list}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
