import { useTranslation } from 'react-i18next';
import type { HeadlineVariant } from '../../shared/model/headline-variants';
import { variantLength } from '../../shared/model/headline-variants';
import { TextField } from '../components/TextField';

interface HeadlineVariantFieldProps {
  name: HeadlineVariant;
  value: string;
  limit: number;
  onChange: (value: string) => void;
}

/** One headline variant with its live count against the house limit; past it, the count warns. */
export function HeadlineVariantField({ name, value, limit, onChange }: HeadlineVariantFieldProps) {
  const { t } = useTranslation('editor');
  const count = variantLength(value);
  const over = count > limit;
  const counter = over
    ? t('metadata.variants.over', { count, max: limit, excess: count - limit })
    : t('metadata.variants.count', { count, max: limit });
  return (
    <TextField
      label={t(`metadata.variants.${name}`)}
      value={value}
      maxLength={name === 'metaDescription' ? 2_000 : 500}
      multiline={name === 'metaDescription'}
      hint={counter}
      className={`headline-variant${over ? ' headline-variant-over' : ''}`}
      onChange={onChange}
    />
  );
}
