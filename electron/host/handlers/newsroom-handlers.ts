import type { HandlerTable } from '../dispatch';
import type { NewsroomService } from '../newsroom/newsroom-service';

export const createNewsroomHandlers = (
  newsroom: NewsroomService,
): Pick<HandlerTable, 'newsroom:connect' | 'newsroom:disconnect' | 'newsroom:state'> => ({
  'newsroom:connect': ({ address, invitation }) => newsroom.connect(address, invitation),
  'newsroom:disconnect': () => newsroom.disconnect(),
  'newsroom:state': () => newsroom.state(),
});
