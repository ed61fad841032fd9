import { create } from 'zustand';
import type { AppErrorShape } from '../../shared/errors/error-code';

/** A message for the banner, kept as a catalog key so it follows language switches. */
export interface UserMessage {
  id: number;
  tone: 'info' | 'error';
  key: string;
  values?: Record<string, string>;
  /** The host's own wording (English), shown on request for diagnosis. */
  detail?: string;
}

export interface MessageState {
  messages: UserMessage[];
  show: (message: Omit<UserMessage, 'id'>) => void;
  showError: (error: AppErrorShape) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useMessageStore = create<MessageState>()((set, get) => ({
  messages: [],
  show(message) {
    set((state) => ({
      messages: [
        ...state.messages.filter(
          (existing) => existing.key !== message.key || existing.detail !== message.detail,
        ),
        { ...message, id: nextId++ },
      ],
    }));
  },
  showError(error) {
    get().show({ tone: 'error', key: `errors.${error.code}`, detail: error.message });
  },
  dismiss(id) {
    set((state) => ({ messages: state.messages.filter((message) => message.id !== id) }));
  },
}));
