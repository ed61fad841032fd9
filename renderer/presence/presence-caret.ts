import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import { presenceUser } from './presence-user';
import { readableTextColour } from './readable-text-colour';

const colourPattern = /^#[0-9a-fA-F]{6}$/;

interface CaretUser {
  name?: unknown;
  color?: unknown;
}

/** A colleague's caret: a line in their colour with their name above it, for sighted readers. */
const renderCaret = (user: CaretUser): HTMLElement => {
  const caret = document.createElement('span');
  caret.className = 'presence-caret';
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'presence-caret-label';
  label.textContent = typeof user.name === 'string' && user.name !== '' ? user.name : '?';
  if (typeof user.color === 'string' && colourPattern.test(user.color)) {
    caret.style.borderColor = user.color;
    label.style.backgroundColor = user.color;
    label.style.color = readableTextColour(user.color);
  }
  caret.append(label);
  return caret;
};

const renderSelection = (user: CaretUser) =>
  typeof user.color === 'string' && colourPattern.test(user.color)
    ? { nodeName: 'span', class: 'presence-selection', style: `background-color: ${user.color}40` }
    : {};

/**
 * Other people's carets and selections in the body, from the article's awareness (which the
 * presence store fills from the other desks and sends this editor's selection out of).
 */
export const createPresenceCaret = (awareness: Awareness, profileName: string) =>
  CollaborationCaret.configure({
    provider: { awareness },
    user: presenceUser(profileName),
    render: renderCaret,
    selectionRender: renderSelection,
  });
