import type { Awareness } from 'y-protocols/awareness';

/** Which of the article's fields a person is typing in. */
export type EditingField = 'headline' | 'standfirst' | 'body';

/** Someone else in the open article, as their desk announced them. */
export interface PresencePeer {
  clientId: number;
  name: string;
  color: string;
  editing: EditingField | null;
}

const colourPattern = /^#[0-9a-fA-F]{6}$/;
const fields: readonly unknown[] = ['headline', 'standfirst', 'body'];

const readPeer = (clientId: number, state: Record<string, unknown>): PresencePeer | null => {
  const user = state.user as { name?: unknown; color?: unknown } | undefined;
  if (typeof user?.name !== 'string' || typeof user.color !== 'string') return null;
  const name = user.name.trim().slice(0, 200);
  if (!colourPattern.test(user.color)) return null;
  const editing = fields.includes(state.editing) ? (state.editing as EditingField) : null;
  return { clientId, name, color: user.color, editing };
};

/**
 * The other people in the article, one entry per name (a person with two windows is one
 * person, editing wherever one of them is), sorted by name. States another desk sent are read
 * defensively: anything malformed is left out.
 */
export const readPeers = (awareness: Awareness): PresencePeer[] => {
  const byName = new Map<string, PresencePeer>();
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const peer = readPeer(clientId, state);
    if (!peer) continue;
    const key = peer.name || `#${clientId}`;
    const known = byName.get(key);
    if (!known || (known.editing === null && peer.editing !== null)) byName.set(key, peer);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
};
