import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithWordpress } from './describe-with-wordpress';
import { startTestWordpress, type TestWordpress } from './start-test-wordpress';

describeWithWordpress('a real WordPress for tests', () => {
  let wordpress: TestWordpress;
  beforeAll(async () => {
    wordpress = await startTestWordpress();
  }, 120_000);
  afterAll(() => wordpress?.stop());

  it('answers the editor, who signs in with an application password', async () => {
    const response = await fetch(`${wordpress.url}/?rest_route=/wp/v2/users/me&context=edit`, {
      headers: {
        authorization: `Basic ${Buffer.from(`${wordpress.editor.login}:${wordpress.editor.applicationPassword}`).toString('base64')}`,
      },
    });
    const me = (await response.json()) as { slug: string; roles: string[] };
    expect(me.slug).toBe('redaction');
    expect(me.roles).toEqual(['editor']);
  });
});
