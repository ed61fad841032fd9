import { useEffect } from 'react';
import { ConnectNewsroomDialog } from './ConnectNewsroomDialog';
import { useNewsroomStore } from './newsroom-store';
import { ShareLibraryLayer } from './ShareLibraryLayer';

/** Follows the newsroom link for the whole page and shows the connect and share dialogs when asked. */
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

  return (
    <>
      {dialogOpen && (
        <ConnectNewsroomDialog
          connecting={connecting}
          error={error}
          onConnect={(address, invitation) => void connect(address, invitation)}
          onCancel={closeDialog}
        />
      )}
      <ShareLibraryLayer />
    </>
  );
}
