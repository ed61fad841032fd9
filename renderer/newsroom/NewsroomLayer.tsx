import { useEffect } from 'react';
import { ConnectNewsroomDialog } from './ConnectNewsroomDialog';
import { useNewsroomStore } from './newsroom-store';

/** Follows the newsroom link for the whole page and shows the connect dialog when asked. */
export function NewsroomLayer() {
  const dialogOpen = useNewsroomStore((state) => state.dialogOpen);
  const connecting = useNewsroomStore((state) => state.connecting);
  const error = useNewsroomStore((state) => state.error);
  const connect = useNewsroomStore((state) => state.connect);
  const closeDialog = useNewsroomStore((state) => state.closeDialog);

  useEffect(() => {
    const { load, follow } = useNewsroomStore.getState();
    const stop = follow();
    void load();
    return stop;
  }, []);

  if (!dialogOpen) return null;
  return (
    <ConnectNewsroomDialog
      connecting={connecting}
      error={error}
      onConnect={(address, invitation) => void connect(address, invitation)}
      onCancel={closeDialog}
    />
  );
}
