import { expect, it } from 'vitest';
import { suggestedOutMark } from '../../text/document-blocks';
import { suggestionMarkNames } from './suggestion-kind';

it('counts leave out the text of the deletion mark', () => {
  expect(suggestedOutMark).toBe(suggestionMarkNames.deletion);
});
