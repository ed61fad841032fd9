import { presenceColour } from './presence-colour';

/** How this window shows itself to the others: the profile's name and its colour. */
export const presenceUser = (name: string) => ({ name, color: presenceColour(name) });
