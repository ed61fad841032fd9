import { missingCaseError } from '../errors/missing-case';
import type { Byline, BylineRole } from './byline';
import type { Role } from './role';
import type { Settings } from './settings';

/** The byline a desk role signs with: the reporter writes, editors edit. */
const bylineRoleOf = (role: Role): BylineRole => {
  switch (role) {
    case 'reporter':
      return 'author';
    case 'editor':
    case 'chief_editor':
      return 'editor';
    default:
      throw missingCaseError(role);
  }
};

/** The first byline of a new article: the profile's name and role, none before a name is set. */
export const profileBylines = ({
  authorName,
  role,
}: Pick<Settings, 'authorName' | 'role'>): Byline[] =>
  authorName.trim() === '' ? [] : [{ name: authorName.trim(), role: bylineRoleOf(role) }];
