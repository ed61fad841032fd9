import { missingCaseError } from '../../shared/errors/missing-case';
import type { PackageOutcome } from '../../shared/model/package-outcome';

/** How `copydesk import` names what a package did, after the article id. */
export const packageOutcomeText = (outcome: PackageOutcome): string => {
  switch (outcome) {
    case 'added':
      return 'added';
    case 'fast_forwarded':
      return 'fast-forwarded';
    case 'unchanged':
      return 'unchanged';
    case 'local_newer':
      return 'local newer';
    case 'merged':
      return 'merged, to review';
    case 'conflict':
      return 'conflict';
    default:
      throw missingCaseError(outcome);
  }
};
