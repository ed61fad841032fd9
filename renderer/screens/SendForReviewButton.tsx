import { useTranslation } from 'react-i18next';
import { userCommands } from '../actions/user-commands';
import { useEditorSession } from '../state/editor-session';
import { useLibraryInfoStore } from '../library/library-info-store';
import { canSendForReview, useSendForReview } from '../packages/send-for-review-store';

/** Send for review…: writes the open article as a `.copydesk` package. */
export function SendForReviewButton() {
  const { t } = useTranslation();
  const libraryReadOnly = useLibraryInfoStore((state) => state.info?.readOnly ?? true);
  const allowed = useEditorSession((state) => canSendForReview(state, libraryReadOnly));
  const sending = useSendForReview((state) => state.sending);
  const sendForReview = userCommands['article:sendForReview'];
  return (
    <button
      type="button"
      className="button"
      disabled={!allowed || sending}
      onClick={sendForReview.perform}
    >
      {t(sendForReview.labelKey)}
    </button>
  );
}
