import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../model/settings';
import type { ConnectionProblem } from './connection-problem';
import { authorizationHeaderFixLink } from './connection-problem';
import { connectionProblemText } from './connection-problem-text';

const problems: ConnectionProblem[] = [
  { code: 'not_https' },
  { code: 'unreachable', detail: 'ECONNREFUSED' },
  { code: 'rest_disabled', status: 404 },
  { code: 'application_passwords_unavailable' },
  { code: 'authorization_stripped' },
  { code: 'wrong_password' },
  { code: 'not_signed_in' },
  { code: 'missing_capability', capabilities: ['publish_posts', 'upload_files'] },
  { code: 'unexpected', status: 500, detail: 'Database error' },
];

describe('connection problem text', () => {
  it.each(uiLanguages)('says every problem in words in %s, values filled in', (language) => {
    for (const problem of problems) {
      const text = connectionProblemText(problem, language);
      expect(text, problem.code).not.toMatch(/publishing:|\{\{/);
      expect(text.length, problem.code).toBeGreaterThan(30);
    }
  });

  it('links to the fix when the server strips the Authorization header', () => {
    expect(connectionProblemText({ code: 'authorization_stripped' }, 'fr')).toContain(
      authorizationHeaderFixLink,
    );
    expect(
      connectionProblemText({ code: 'missing_capability', capabilities: ['upload_files'] }, 'en'),
    ).toBe(
      "This WordPress user may not upload images: ask the site's administrator for the Editor role.",
    );
  });
});
