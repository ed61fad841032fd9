import { create } from 'zustand';

export type CommandDialog = 'link' | 'pullQuote' | 'comment' | 'table';

interface CommandDialogState {
  open: CommandDialog | null;
  show: (dialog: CommandDialog) => void;
  close: () => void;
}

/** Which command dialog (link address, pull-quote attribution) is open over the editor. */
export const useCommandDialog = create<CommandDialogState>()((set) => ({
  open: null,
  show: (open) => set({ open }),
  close: () => set({ open: null }),
}));

export const showCommandDialog = (dialog: CommandDialog): boolean => {
  useCommandDialog.getState().show(dialog);
  return true;
};
