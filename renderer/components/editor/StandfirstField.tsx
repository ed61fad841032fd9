import { useFieldTypography } from '../../typography/use-field-typography';

interface StandfirstFieldProps {
  value: string;
  label: string;
  placeholder: string;
  readOnly: boolean;
  onChange: (value: string) => void;
  /** Focus entering (true) or leaving (false) the field: others see where this person types. */
  onFocusChange?: (focused: boolean) => void;
}

/** The standfirst between the headline and the body, where the reader meets it. */
export function StandfirstField({
  value,
  label,
  placeholder,
  readOnly,
  onChange,
  onFocusChange,
}: StandfirstFieldProps) {
  const change = useFieldTypography(value, onChange);
  return (
    <textarea
      className="standfirst-field"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      rows={1}
      maxLength={5_000}
      readOnly={readOnly}
      spellCheck
      onChange={change}
      onFocus={() => onFocusChange?.(true)}
      onBlur={() => onFocusChange?.(false)}
    />
  );
}
