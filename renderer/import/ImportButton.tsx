import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportStore } from './import-store';
import { useHost } from '../state/host';

const accepted = '.md,.markdown,.txt,.html,.htm,.docx,.copydesk';

/** Import…: the host's file dialog in Electron, a file input in browser mode. */
export function ImportButton({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('transfer');
  const input = useRef<HTMLInputElement>(null);
  const electron = useHost() === 'electron';
  const busy = useImportStore((state) => state.busy);
  const importFiles = useImportStore((state) => state.importFiles);
  const importFromDialog = useImportStore((state) => state.importFromDialog);

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled || busy}
        onClick={() => (electron ? void importFromDialog() : input.current?.click())}
      >
        {t(busy ? 'import.busy' : 'actions.import')}
      </button>
      {!electron && (
        <input
          ref={input}
          type="file"
          multiple
          accept={accepted}
          hidden
          aria-label={t('import.files')}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void importFiles(files);
          }}
        />
      )}
    </>
  );
}
