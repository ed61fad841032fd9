import type { Role } from '../model/role';
import type { Status } from '../model/status';

/**
 * Who may move an article to the trash, or take it out, on a newsroom server: anyone while it is
 * a draft (a reporter's own work not yet filed), only the desk once it is in the workflow, or a
 * reporter could remove what spiking keeps for the desk.
 */
export const mayTrash = (status: Status, role: Role): boolean =>
  status === 'draft' || role === 'editor' || role === 'chief_editor';
