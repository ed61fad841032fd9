import type { ConnectionProblem } from '../../../shared/wordpress/connection-problem';
import { isLocalAddress } from './is-local-address';
import type { WordpressConnection } from './wordpress-connection';
import { wordpressRequest } from './wordpress-request';
import { WordpressRequestError } from './wordpress-request-error';
import { xmlrpcSignIn } from './xmlrpc-sign-in';

export interface ConnectionReport {
  /** The WordPress user the password signs in as. */
  displayName: string;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** Core's answer to an unknown route, and what REST-disabling plugins answer. */
const restDisabledCodes = new Set([
  'not_json',
  'rest_no_route',
  'rest_disabled',
  'rest_cannot_access',
  'rest_login_required',
]);

/** The index without a password; a site that shows it only to signed-in users is not refused. */
const readIndex = async (
  connection: WordpressConnection,
): Promise<Record<string, unknown> | null> => {
  try {
    return record((await wordpressRequest(connection, { route: '/', anonymous: true })).body);
  } catch (error) {
    if (error instanceof WordpressRequestError && (error.status === 401 || error.status === 403)) {
      return null;
    }
    throw error;
  }
};

const refusedCodes = new Set(['incorrect_password', 'invalid_username', 'invalid_email']);

/**
 * The password was sent but WordPress saw no one. Either it does not take application passwords
 * here (its index says so), or the password is wrong, or the server dropped the header:
 * WordPress 6.1 answers `rest_not_logged_in` to the last two alike, XML-RPC tells them apart.
 */
const signedOutProblem = async (
  connection: WordpressConnection,
  applicationPasswords: boolean,
): Promise<ConnectionProblem> => {
  if (!applicationPasswords) return { code: 'application_passwords_unavailable' };
  const signIn = await xmlrpcSignIn(connection);
  if (signIn === 'accepted') return { code: 'authorization_stripped' };
  return signIn === 'refused' ? { code: 'wrong_password' } : { code: 'not_signed_in' };
};

const problemOf = async (
  error: unknown,
  connection: WordpressConnection,
  applicationPasswords: boolean,
): Promise<ConnectionProblem> => {
  if (!(error instanceof WordpressRequestError)) throw error;
  if (error.status === 0) return { code: 'unreachable', detail: error.message };
  if (refusedCodes.has(error.code)) return { code: 'wrong_password' };
  if (error.code === 'rest_not_logged_in') {
    return signedOutProblem(connection, applicationPasswords);
  }
  if (error.code === 'application_passwords_disabled') {
    return { code: 'application_passwords_unavailable' };
  }
  if (restDisabledCodes.has(error.code) || error.status === 404) {
    return { code: 'rest_disabled', status: error.status };
  }
  return { code: 'unexpected', status: error.status, detail: error.message };
};

/**
 * "Check connection": the REST index, then who the password signs in as and whether that user
 * may publish posts and upload images. Each failure is one problem a person can act on.
 */
export const checkConnection = async (
  connection: WordpressConnection,
): Promise<{ ok: true; value: ConnectionReport } | { ok: false; problem: ConnectionProblem }> => {
  if (new URL(connection.address).protocol !== 'https:' && !isLocalAddress(connection.address)) {
    return { ok: false, problem: { code: 'not_https' } };
  }
  let applicationPasswords = true;
  try {
    const index = await readIndex(connection);
    if (index !== null) {
      if (!Array.isArray(index.namespaces) || !index.namespaces.includes('wp/v2')) {
        return { ok: false, problem: { code: 'rest_disabled', status: 200 } };
      }
      applicationPasswords = 'application-passwords' in record(index.authentication);
    }
    const me = record(
      (await wordpressRequest(connection, { route: '/wp/v2/users/me', query: { context: 'edit' } }))
        .body,
    );
    const capabilities = record(me.capabilities);
    const missing = (['publish_posts', 'upload_files'] as const).filter(
      (capability) => capabilities[capability] !== true,
    );
    if (missing.length > 0) {
      return { ok: false, problem: { code: 'missing_capability', capabilities: missing } };
    }
    return {
      ok: true,
      value: { displayName: typeof me.name === 'string' ? me.name : connection.userName },
    };
  } catch (error) {
    return { ok: false, problem: await problemOf(error, connection, applicationPasswords) };
  }
};
