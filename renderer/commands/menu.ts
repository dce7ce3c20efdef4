// Native menu commands (desktop only) run the same commands as the toolbar and keys. Undo and
// redo from the menu act on a text field when one has focus, as users expect.
import { belongsToControl } from './shortcuts';
import { runCommand } from './registry';
import type { CommandContext } from './types';

export function listenToMenu(context: CommandContext, doc: Document = document): () => void {
  return context.host.onMenuCommand((command) => {
    if ((command === 'undo' || command === 'redo') && belongsToControl(doc.activeElement)) {
      doc.execCommand(command);
      return;
    }
    void runCommand(command, context);
  });
}
