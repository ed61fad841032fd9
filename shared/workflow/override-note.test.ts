import { describe, expect, it } from 'vitest';
import { formatOverrideNote, parseOverrideNote } from './override-note';

describe('override notes', () => {
  it('read back the reason and the failed checks after the note', () => {
    const logged = `Urgent\n${formatOverrideNote('Breaking news', ['byline_present', 'headline_length'])}`;
    expect(parseOverrideNote(logged)).toEqual({
      note: 'Urgent',
      override: { reason: 'Breaking news', failed: ['byline_present', 'headline_length'] },
    });
  });

  it('leave a note without an override as it is', () => {
    expect(parseOverrideNote('Override: said the user')).toEqual({
      note: 'Override: said the user',
      override: undefined,
    });
  });
});
