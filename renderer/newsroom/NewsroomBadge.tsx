import { useTranslation } from 'react-i18next';
import { missingCaseError } from '../../shared/errors/missing-case';
import type { NewsroomState } from '../../shared/newsroom/newsroom-state';

/** The library header's word on its newsroom link; nothing when the library is not a replica. */
export function NewsroomBadge({ newsroom }: { newsroom: NewsroomState | null }) {
  const { t } = useTranslation('newsroom');
  if (newsroom === null || newsroom.link === null) return null;
  const { connection, link } = newsroom;
  let text: string;
  switch (connection) {
    case 'none':
      return null;
    case 'connected':
      text = t('state.connected', { name: link.name, role: t(`workflow:roles.${link.role}`) });
      break;
    case 'connecting':
    case 'offline':
    case 'refused':
      text = t(`state.${connection}`);
      break;
    default:
      throw missingCaseError(connection);
  }
  return (
    <>
      <p className={`newsroom-badge is-${connection}`} role="status" title={link.address}>
        {text}
      </p>
      {newsroom.refusal !== null && (
        <p className="newsroom-refusal" role="alert">
          {t('state.refusal', { message: newsroom.refusal.message })}
        </p>
      )}
    </>
  );
}
