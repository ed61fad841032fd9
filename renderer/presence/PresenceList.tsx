import { useTranslation } from 'react-i18next';
import type { PresencePeer } from './presence-peer';
import { readableTextColour } from './readable-text-colour';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0]!.toLocaleUpperCase())
    .join('') || '?';

/** "Who is in this article": one disc per colleague, named on hover and for screen readers. */
export function PresenceList({ peers }: { peers: PresencePeer[] }) {
  const { t } = useTranslation('editor');
  if (peers.length === 0) return null;
  return (
    <ul className="presence-list" aria-label={t('presence.label')}>
      {peers.map((peer) => {
        const name = peer.name || t('presence.unnamed');
        const description = peer.editing ? t(`presence.editing.${peer.editing}`, { name }) : name;
        return (
          <li
            key={peer.clientId}
            className={peer.editing ? 'presence-avatar is-editing' : 'presence-avatar'}
            title={description}
            style={{ backgroundColor: peer.color, color: readableTextColour(peer.color) }}
          >
            <span aria-hidden="true">{initials(peer.name)}</span>
            <span className="visually-hidden">{description}</span>
          </li>
        );
      })}
    </ul>
  );
}
