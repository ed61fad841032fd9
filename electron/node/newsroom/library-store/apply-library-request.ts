import { AppError } from '../../../../shared/errors/error-code';
import { decodeUpdate } from '../../../../shared/collab/update-encoding';
import { missingCaseError } from '../../../../shared/errors/missing-case';
import { ArticleId } from '../../../../shared/model/article';
import type { NewsroomRequest } from '../../../../shared/newsroom/newsroom-request';
import { statusBeforeSpike } from '../../../../shared/workflow/status-before-spike';
import { transitionRefusal } from '../../../../shared/workflow/transition-refusal';
import { checkTransition } from '../../../../shared/workflow/transitions';
import { mayTrash } from '../../../../shared/workflow/trash-permission';
import type { Library } from '../../library/library';
import type { Member, RequestOutcome } from '../server/newsroom-store';
import { indexEntryOf } from './index-entry-of';

type Refusal = Extract<RequestOutcome, { ok: false }>;

const refused = (code: Refusal['code'], message: string): Refusal => ({ ok: false, code, message });

const refusalOf = (error: AppError): Refusal => {
  switch (error.code) {
    case 'not_found':
    case 'invalid':
    case 'conflict':
      return refused(error.code, error.message);
    // The role and the transition were checked first: what the library still forbids is readiness.
    case 'forbidden':
      return refused('not_ready', error.message);
    default:
      throw error;
  }
};

const setStatus = (
  library: Library,
  request: Extract<NewsroomRequest, { op: 'setStatus' }>,
  member: Member,
): Refusal | null => {
  const article = library.get(request.id);
  if (article.status === request.status) return null;
  const previousStatus =
    article.status === 'spiked' ? statusBeforeSpike(library.statusLog(request.id)) : undefined;
  const check = checkTransition(article.status, request.status, member.role, { previousStatus });
  if (!check.ok) {
    return refused(
      check.reason,
      transitionRefusal(article.status, request.status, member.role, check.reason),
    );
  }
  library.setStatus(
    {
      id: request.id,
      baseRevision: article.revision,
      status: request.status,
      note: request.note,
      ...(request.override ? { override: request.override } : {}),
    },
    member,
  );
  return null;
};

const trashMove = (
  library: Library,
  request: Extract<NewsroomRequest, { op: 'trash' | 'restore' }>,
  member: Member,
): Refusal | null => {
  const article = library.get(request.id);
  if (!mayTrash(article.status, member.role)) {
    return refused(
      'not_allowed_for_role',
      `Only an editor or chief editor may ${request.op} an article that is ${article.status.replaceAll('_', ' ')}.`,
    );
  }
  if (request.op === 'trash') library.trash(request.id);
  else library.restore(request.id);
  return null;
};

const applyChecked = (
  library: Library,
  request: NewsroomRequest,
  member: Member,
): Refusal | null => {
  switch (request.op) {
    case 'create': {
      let document: Uint8Array;
      try {
        document = decodeUpdate(request.document);
      } catch {
        return refused('invalid', 'The article’s document is not base64.');
      }
      library.createFromDocument({ id: request.id, document }, member);
      return null;
    }
    case 'setStatus':
      return setStatus(library, request, member);
    case 'trash':
    case 'restore':
      return trashMove(library, request, member);
    default:
      throw missingCaseError(request);
  }
};

/**
 * A desk's request on a library, as the member it authenticated: the role rules are checked here
 * with the shared workflow module before the library (which checks them again) applies it.
 */
export const applyLibraryRequest = (
  library: Library,
  request: NewsroomRequest,
  member: Member,
): RequestOutcome => {
  if (!ArticleId.safeParse(request.id).success) {
    return refused('invalid', `${request.id} is not an article id.`);
  }
  try {
    const refusal = applyChecked(library, request, member);
    return refusal ?? { ok: true, id: request.id, entry: indexEntryOf(library, request.id) };
  } catch (error) {
    if (error instanceof AppError) return refusalOf(error);
    throw error;
  }
};
