import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageList } from '../components/MessageList';
import { useLibraryInfoStore } from '../library/library-info-store';

export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const info = useLibraryInfoStore((state) => state.info);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  if (!info?.readOnly || dismissedFor === info.path) return null;
  return (
    <MessageList
      messages={[
        {
          id: 0,
          tone: 'info',
          text: t('banner.readOnly'),
          detail: info.readOnlyReason ?? undefined,
        },
      ]}
      label={t('settings.readOnly')}
      moreLabel={t('banner.more')}
      dismissLabel={t('actions.dismiss')}
      onDismiss={() => setDismissedFor(info.path)}
    />
  );
}
