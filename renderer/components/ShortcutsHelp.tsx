// Dialog `Keyboard shortcuts` (?): every key the app answers to, generated from the commands
// and the entity types (see shortcut-list.ts), so it is never out of date.
import { useMemo } from 'react';
import { shortcutSections } from '../commands/shortcut-list';
import { isMac } from '../commands/shortcuts';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { CloseActions, ModalDialog } from './ModalDialog';

const mac = isMac();

export function ShortcutsHelp() {
  const store = useFactmarkStore();
  const types = useFactmark((s) => s.registry.types);
  const sections = useMemo(() => shortcutSections(types, mac), [types]);
  const close = () => store.getState().closeDialog();
  return (
    <ModalDialog label="Keyboard shortcuts" onCancel={close} className="fm-shortcuts">
      {/* Focusable, so the list scrolls by keyboard when it is taller than the dialog. */}
      <div
        className="fm-shortcuts-sections"
        tabIndex={0}
        role="region"
        aria-label="Shortcuts by task"
      >
        {sections.map((section) => (
          <table key={section.title} className="fm-shortcuts-table">
            <caption>{section.title}</caption>
            <tbody>
              {section.rows.map((row) => (
                <tr key={row.action}>
                  <th scope="row">{row.action}</th>
                  <td>
                    {row.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="fm-shortcuts-or"> or </span>}
                        <kbd className="fm-kbd">{k}</kbd>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <CloseActions onClose={close} />
    </ModalDialog>
  );
}
