import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ExportFolderProps {
  folderPath: string;
  /** Where the host can open a file manager (Electron); browser mode shows the path to copy. */
  onShowFolder: (() => void) | null;
}

/** The folder an export wrote into: a "Show folder" button, or its path to copy. */
export function ExportFolder({ folderPath, onShowFolder }: ExportFolderProps) {
  const { t } = useTranslation('transfer');
  const folderId = useId();
  if (onShowFolder) {
    return (
      <button type="button" className="button export-show-folder" onClick={onShowFolder}>
        {t('export.showFolder')}
      </button>
    );
  }
  return (
    <div className="field">
      <label htmlFor={folderId} className="field-label">
        {t('export.folder')}
      </label>
      <input
        id={folderId}
        className="export-paths"
        readOnly
        value={folderPath}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}
