import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { TrustedKey } from '../../shared/model/trusted-key';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import type { EditorSessionState } from './editor-session-state';
import { useEditorSession } from './editor-session';

type Session = Pick<EditorSessionState, 'refreshHead'>;

export interface SigningKeysState {
  /** This profile's key, as others will see it when they trust it. */
  ownFingerprint: string | null;
  keys: TrustedKey[];
  error: AppErrorShape | null;
  load: () => Promise<void>;
  trust: (publicKey: string) => Promise<boolean>;
  revoke: (publicKey: string) => Promise<boolean>;
}

/** The keys the library met in packages (Settings, import report); trust and revoke them. */
export const signingKeysState =
  (api: Pick<CopydeskApi, 'keys'>, session: () => Session): StateCreator<SigningKeysState> =>
  (set, get) => {
    const change = async (action: 'trust' | 'revoke', publicKey: string): Promise<boolean> => {
      const result = await api.keys[action]({ publicKey });
      if (!result.ok) {
        set({ error: result.error });
        return false;
      }
      // Trusting applies held moves, maybe to the open article: only its status changes.
      if (action === 'trust') await session().refreshHead();
      await get().load();
      return true;
    };
    return {
      ownFingerprint: null,
      keys: [],
      error: null,
      async load() {
        const result = await api.keys.list({});
        set(
          result.ok
            ? { ownFingerprint: result.value.ownFingerprint, keys: result.value.keys, error: null }
            : { error: result.error },
        );
      },
      trust: (publicKey) => change('trust', publicKey),
      revoke: (publicKey) => change('revoke', publicKey),
    };
  };

export const useSigningKeysStore = create<SigningKeysState>()(
  signingKeysState(copydeskBridge(), () => useEditorSession.getState()),
);
