import type { MenuCommand } from '../ipc/contract';

/**
 * Where the focus must be for a shortcut to act. `app`: anywhere in the window, so an `app`
 * shortcut owns its keys in every scope; `library`: the article list; `editor`: the article body.
 */
export type CommandScope = 'app' | 'library' | 'editor';

/** Electron's window, or a browser tab in browser mode (`npm run web`). */
export type CommandHost = 'electron' | 'web';

/**
 * A shortcut in Tiptap's notation: modifiers then the key, joined by `-` (`Mod-Shift-f`,
 * `Mod-Alt-2`, `Mod-.`). `Mod` is Ctrl, or Cmd on macOS.
 */
export type Shortcut = string;

/** An application command: in Electron's menu, bound to the keyboard by the page in browser mode. */
export interface AppCommand {
  id: MenuCommand;
  /** `namespace:key` in the shared catalogs; the menu and the page show the same words. */
  labelKey: string;
  /** The first is the menu accelerator and the one shown to the user. */
  shortcuts: readonly Shortcut[];
  scope: CommandScope;
  /** What a host uses instead of `shortcuts`, and why (a browser keeps some keys for itself). */
  hostShortcuts?: Partial<Record<CommandHost, { shortcuts: readonly Shortcut[]; why: string }>>;
  /** Hosts where the command cannot work, and why: the page hides it there and binds no key. */
  unavailableOn?: Partial<Record<CommandHost, string>>;
}
