import { z } from 'zod';

/** Why "Check connection" failed, one reason a person can act on. */
export const ConnectionProblem = z.discriminatedUnion('code', [
  z.object({ code: z.literal('not_https') }),
  z.object({ code: z.literal('unreachable'), detail: z.string() }),
  z.object({ code: z.literal('rest_disabled'), status: z.number().int() }),
  z.object({ code: z.literal('application_passwords_unavailable') }),
  z.object({ code: z.literal('authorization_stripped') }),
  z.object({ code: z.literal('wrong_password') }),
  /** Signed out, and XML-RPC is off too: a wrong password or a stripped header. */
  z.object({ code: z.literal('not_signed_in') }),
  z.object({
    code: z.literal('missing_capability'),
    capabilities: z.array(z.enum(['publish_posts', 'upload_files'])),
  }),
  z.object({ code: z.literal('unexpected'), status: z.number().int(), detail: z.string() }),
]);
export type ConnectionProblem = z.infer<typeof ConnectionProblem>;

/** Where the fix for a server that strips the Authorization header is explained. */
export const authorizationHeaderFixLink =
  'https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/';
