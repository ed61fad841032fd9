import { randomUUID } from 'node:crypto';
import type {
  NewsroomReply,
  NewsroomRequest,
} from '../../../../../shared/newsroom/newsroom-request';
import { NewsroomReply as ReplySchema } from '../../../../../shared/newsroom/newsroom-request';
import type { TestDesk } from './connect-desk';
import { waitUntil } from './wait-until';

type RequestWithoutId = NewsroomRequest extends infer R
  ? R extends NewsroomRequest
    ? Omit<R, 'requestId'>
    : never
  : never;

/** Sends a request on the desk's `library` connection and waits for the server's reply to it. */
export const requestReply = async (
  desk: TestDesk,
  request: RequestWithoutId,
): Promise<NewsroomReply> => {
  const requestId = randomUUID();
  desk.provider.sendStateless(JSON.stringify({ ...request, requestId }));
  let reply: NewsroomReply | undefined;
  await waitUntil(`the reply to ${request.op}`, () => {
    reply = desk.stateless
      .map((payload) => ReplySchema.safeParse(JSON.parse(payload)))
      .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
      .find((candidate) => candidate.requestId === requestId);
    return reply !== undefined;
  });
  return reply!;
};
