import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryCompaction } from '../../shared/model/library';
import { formatByteSize } from '../../shared/text/format-byte-size';
import { useMessageStore } from '../state/message-store';
import { useLibraryInfoStore } from './library-info-store';

/** Settings → Library: "Compact library", then the size before and after and where the backup went. */
export function CompactLibrarySetting() {
  const { t, i18n } = useTranslation();
  const hintId = useId();
  const info = useLibraryInfoStore((state) => state.info);
  const busy = useLibraryInfoStore((state) => state.busy);
  const compact = useLibraryInfoStore((state) => state.compact);
  const [done, setDone] = useState<LibraryCompaction | null>(null);

  const run = async () => {
    setDone(null);
    const outcome = await compact();
    if (outcome.kind === 'failed') useMessageStore.getState().showError(outcome.error);
    if (outcome.kind === 'done') setDone(outcome.value);
  };

  return (
    <div className="field compact-library">
      <button
        type="button"
        className="button"
        aria-describedby={hintId}
        disabled={busy || info === null || info.readOnly}
        onClick={() => void run()}
      >
        {t('settings.compact')}
      </button>
      <p id={hintId} className="field-hint">
        {t('settings.compactHint')}
      </p>
      {done !== null && (
        <p role="status" className="compact-library-result">
          {t('settings.compactDone', {
            before: formatByteSize(done.bytesBefore, i18n.language),
            after: formatByteSize(done.bytesAfter, i18n.language),
            backup: done.backup,
          })}
        </p>
      )}
    </div>
  );
}
