/**
 * Native dialogs behind one interface: Electron answers with its `dialog` module, browser mode
 * from configuration (`--export-dir`), tests with a fake. `null` means the user cancelled.
 */
export interface DialogService {
  chooseFolder(
    purpose: 'open-library' | 'create-library' | 'export' | 'wire-drop',
  ): Promise<string | null>;
  chooseSaveFile(
    purpose: 'backup' | 'pdf' | 'package',
    suggestedName: string,
  ): Promise<string | null>;
  /** Files to import (Markdown, text, HTML, DOCX, .copydesk packages); browser mode answers null (it uses a file input). */
  chooseFiles(purpose: 'import'): Promise<string[] | null>;
  confirm(message: string, detail?: string): Promise<boolean>;
  /** True where the save dialog itself asks the user before replacing a file (native ones). */
  readonly asksBeforeReplacing?: boolean;
  /** Browser mode: the one folder every "where to save" answer lies in, null without one. */
  readonly saveFolder?: string | null;
}
