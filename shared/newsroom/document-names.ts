/**
 * The documents a newsroom server holds. `library` is the server's index (statuses, trash, who
 * moved what): only the server writes it. Each article is its own document, named after its id.
 */
export const libraryDocumentName = 'library';

const articlePrefix = 'article/';

export const articleDocumentName = (articleId: string): string => `${articlePrefix}${articleId}`;

/** The article id a document name stands for, or null for any other document. */
export const articleIdOfDocument = (documentName: string): string | null =>
  documentName.startsWith(articlePrefix) && documentName.length > articlePrefix.length
    ? documentName.slice(articlePrefix.length)
    : null;
