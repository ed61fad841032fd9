import type { Extension, Hocuspocus, onStatelessPayload } from '@hocuspocus/server';
import {
  articleDocumentName,
  libraryDocumentName,
} from '../../../../shared/newsroom/document-names';
import type { NewsroomReply } from '../../../../shared/newsroom/newsroom-request';
import { NewsroomRequest } from '../../../../shared/newsroom/newsroom-request';
import type { LibraryIndexDocument } from './library-index-document';
import { setWritable } from './set-writable';
import type { NewsroomContext } from './newsroom-context';
import type { NewsroomStore, RequestOutcome } from './newsroom-store';

const parsedRequest = (payload: string): NewsroomRequest | null => {
  try {
    const parsed = NewsroomRequest.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

const replyTo = (requestId: string, outcome: RequestOutcome): NewsroomReply =>
  outcome.ok
    ? { kind: 'reply', requestId, ok: true }
    : { kind: 'reply', requestId, ok: false, code: outcome.code, message: outcome.message };

/**
 * A desk's requests, as stateless messages on `library`: applied by the store as the member the
 * connection authenticated, the index entry replaced, the answer sent to the sender alone.
 * Anything that is not a request is ignored.
 */
export const newsroomRequests = (
  store: NewsroomStore,
  index: LibraryIndexDocument,
  hocuspocus: () => Hocuspocus,
): Extension<NewsroomContext> => ({
  extensionName: 'copydesk-requests',
  async onStateless({ connection, documentName, payload }: onStatelessPayload): Promise<void> {
    if (documentName !== libraryDocumentName) return;
    const request = parsedRequest(payload);
    const member = (connection.context as Partial<NewsroomContext>).member;
    if (request === null || member === undefined) return;
    let outcome: RequestOutcome;
    try {
      outcome = await store.apply(request, member);
    } catch (error) {
      console.error('copydesk: a newsroom request failed', error);
      outcome = {
        ok: false,
        code: 'conflict',
        message: 'The server could not apply this request.',
      };
    }
    if (outcome.ok) {
      index.replace(outcome.id, outcome.entry);
      const document = hocuspocus().documents.get(articleDocumentName(outcome.id));
      if (document !== undefined) setWritable(document, outcome.entry.trashedAt === null);
    }
    connection.sendStateless(JSON.stringify(replyTo(request.requestId, outcome)));
  },
});
