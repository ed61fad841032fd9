import { ShareLibraryDialog } from './ShareLibraryDialog';
import { useShareLibraryStore } from './share-library-store';

/** The share dialog, when the menu asked for it. */
export function ShareLibraryLayer() {
  const dialogOpen = useShareLibraryStore((state) => state.dialogOpen);
  const sharing = useShareLibraryStore((state) => state.sharing);
  const url = useShareLibraryStore((state) => state.url);
  const error = useShareLibraryStore((state) => state.error);
  const share = useShareLibraryStore((state) => state.share);
  const closeDialog = useShareLibraryStore((state) => state.closeDialog);
  if (!dialogOpen) return null;
  return (
    <ShareLibraryDialog
      sharing={sharing}
      url={url}
      error={error}
      onShare={(host, port) => void share(host, port)}
      onClose={closeDialog}
    />
  );
}
