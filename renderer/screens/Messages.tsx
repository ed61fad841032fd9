import { useTranslation } from 'react-i18next';
import { MessageList } from '../components/MessageList';
import { useMessageStore } from '../state/message-store';

export function Messages() {
  const { t } = useTranslation();
  const messages = useMessageStore((state) => state.messages);
  const dismiss = useMessageStore((state) => state.dismiss);
  return (
    <MessageList
      messages={messages.map(({ id, tone, key, values, detail }) => ({
        id,
        tone,
        text: t(key, values),
        detail,
      }))}
      label={t('banner.label')}
      moreLabel={t('banner.more')}
      dismissLabel={t('actions.dismiss')}
      onDismiss={dismiss}
    />
  );
}
