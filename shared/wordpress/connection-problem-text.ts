import { missingCaseError } from '../errors/missing-case';
import { translate } from '../i18n/translate';
import type { UiLanguage } from '../model/settings';
import type { ConnectionProblem } from './connection-problem';
import { authorizationHeaderFixLink } from './connection-problem';

type Values = Record<string, string | number>;

/** One sentence per problem, in the interface language (the CLI and the settings alike). */
export const connectionProblemText = (problem: ConnectionProblem, language: UiLanguage): string => {
  const t = (key: string, values: Values = {}): string =>
    translate(language, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
      String(values[name] ?? ''),
    );
  switch (problem.code) {
    case 'not_https':
      return t('publishing:problem.notHttps');
    case 'unreachable':
      return t('publishing:problem.unreachable', { detail: problem.detail });
    case 'rest_disabled':
      return t('publishing:problem.restDisabled', { status: problem.status });
    case 'application_passwords_unavailable':
      return t('publishing:problem.applicationPasswordsUnavailable');
    case 'authorization_stripped':
      return t('publishing:problem.authorizationStripped', { link: authorizationHeaderFixLink });
    case 'wrong_password':
      return t('publishing:problem.wrongPassword');
    case 'not_signed_in':
      return t('publishing:problem.notSignedIn', { link: authorizationHeaderFixLink });
    case 'missing_capability':
      return t('publishing:problem.missingCapability', {
        capabilities: problem.capabilities
          .map((capability) => t(`publishing:capability.${capability}`))
          .join(', '),
      });
    case 'unexpected':
      return t('publishing:problem.unexpected', { status: problem.status, detail: problem.detail });
    default:
      throw missingCaseError(problem);
  }
};
