import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import type { AuthenticationRefusal } from '../../../../shared/newsroom/authentication-refusal';
import {
  articleIdOfDocument,
  libraryDocumentName,
} from '../../../../shared/newsroom/document-names';
import type { LibraryIndexDocument } from './library-index-document';
import type { NewsroomContext } from './newsroom-context';
import type { AccountStore, Member } from './newsroom-store';

/** Hocuspocus sends a thrown error's `reason` to the provider's onAuthenticationFailed. */
class Refusal extends Error {
  constructor(readonly reason: AuthenticationRefusal) {
    super(`Connection refused: ${reason}`);
  }
}

/**
 * Every connection to every document authenticates with its credential as the token. `library`
 * is read-only for all; an article is read-only while in the trash; an unknown one is refused.
 */
export const authentication = (
  accounts: AccountStore,
  index: LibraryIndexDocument,
): Extension<NewsroomContext> => ({
  extensionName: 'copydesk-authentication',
  async onAuthenticate(
    data: onAuthenticatePayload<NewsroomContext>,
  ): Promise<Pick<NewsroomContext, 'member'>> {
    const { documentName, connectionConfig, context, token } = data;
    const articleId = articleIdOfDocument(documentName);
    if (documentName !== libraryDocumentName && articleId === null) {
      throw new Refusal('unknown_document');
    }
    const member: Member | null = await accounts.authenticate(token);
    if (member === null) throw new Refusal('credential_refused');
    if (articleId === null) connectionConfig.readOnly = true;
    else {
      const entry = index.entry(articleId);
      if (entry === null) throw new Refusal('article_not_found');
      connectionConfig.readOnly = entry.trashedAt !== null;
    }
    context.session.authenticated = true;
    context.session.credentials.add(token);
    return { member };
  },
});
