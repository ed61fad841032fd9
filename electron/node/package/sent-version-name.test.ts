import { describe, expect, it } from 'vitest';
import { sentVersionName } from './sent-version-name';

describe('sentVersionName', () => {
  it('names the recipient in the sender’s language', () => {
    expect(sentVersionName('en', ' Awa Diop ')).toBe('Sent to Awa Diop');
    expect(sentVersionName('fr', 'Awa Diop')).toBe('Envoyé à Awa Diop');
  });

  it('says the package went for review when no one was named', () => {
    expect(sentVersionName('en', '  ')).toBe('Sent for review');
    expect(sentVersionName('fr', '')).toBe('Envoyé pour relecture');
  });
});
