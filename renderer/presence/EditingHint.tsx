import { useTranslation } from 'react-i18next';

/**
 * Advisory: says who else is typing in a field (nothing is locked; their edits and these merge).
 */
export function EditingHint({
  names,
  field,
}: {
  names: string[];
  field: 'headline' | 'standfirst';
}) {
  const { t, i18n } = useTranslation('editor');
  if (names.length === 0) return null;
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    names.map((name) => name || t('presence.unnamed')),
  );
  return (
    <p className="presence-hint">
      {t(`presence.hint.${field}`, {
        names: list,
        count: names.length,
        interpolation: { escapeValue: false },
      })}
    </p>
  );
}
