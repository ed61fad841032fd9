import { useTranslation } from 'react-i18next';
import type { MetadataChange } from '../../shared/diff/diff-metadata';
import { formatMetadataChange } from './format-metadata-change';

export function MetadataChangesTable({ changes }: { changes: MetadataChange[] }) {
  const { t, i18n } = useTranslation('diff');
  return (
    <table className="diff-metadata">
      <caption>{t('details')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('field')}</th>
          <th scope="col">{t('before')}</th>
          <th scope="col">{t('after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => {
          const { before, after } = formatMetadataChange(change, t, i18n.language);
          return (
            <tr key={change.field}>
              <th scope="row">{t(`fields.${change.field}`)}</th>
              <td>{before}</td>
              <td>{after}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
