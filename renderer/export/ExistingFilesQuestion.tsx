import { useTranslation } from 'react-i18next';
import type { ExistingFilesQuestion as Question } from './export-store';

export interface ExistingFilesQuestionProps {
  question: Question;
}

/** Which files of the export are already in the folder; the dialog's buttons hold the answers. */
export function ExistingFilesQuestion({ question }: ExistingFilesQuestionProps) {
  const { t } = useTranslation('transfer');
  return (
    <div className="export-existing" role="alert">
      <p>{t('export.existing', { count: question.files.length, folder: question.folderPath })}</p>
      <ul className="export-existing-files">
        {question.files.map((file) => (
          <li key={file}>{file}</li>
        ))}
      </ul>
      <p>{t('export.existingChoice', { count: question.files.length })}</p>
    </div>
  );
}
