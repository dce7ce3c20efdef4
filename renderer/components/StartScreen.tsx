// What the centre shows when no article is open: the three ways to open one.
import { runCommand } from '../commands/registry';
import type { CommandName } from '../commands/types';
import { useFactmark } from '../store/hooks';
import { useCommandContext } from './command-context';

// Names differ from the toolbar's (`Open file` …) so each accessible name stays unique.
const ACTIONS: { command: CommandName; title: string; hint: string }[] = [
  { command: 'open-file', title: 'Choose a file', hint: 'HTML, PDF, Markdown or plain text' },
  { command: 'open-url', title: 'Read a web page', hint: 'Fetched and cleaned into text' },
  { command: 'paste-text', title: 'Paste an article', hint: 'Any text from the clipboard' },
];

export function StartScreen() {
  const context = useCommandContext();
  const hasLibrary = useFactmark((s) => s.summaries.length > 0);
  return (
    <div className="fm-start">
      <h1 className="fm-start-title">Read closely. Mark what it claims.</h1>
      <p className="fm-start-lead">
        Open an article, select a sentence and press <kbd>C</kbd> to mark it as a claim, then{' '}
        <kbd>E</kbd> to tag the models, companies and people it is about.
        {hasLibrary && ' Or pick up where you left off in the library.'}
      </p>
      <div className="fm-start-actions">
        {ACTIONS.map(({ command, title, hint }) => (
          <button
            key={command}
            type="button"
            className="fm-start-action"
            onClick={() => void runCommand(command, context)}
          >
            <span className="fm-start-action-title">{title}</span>
            <span className="fm-start-action-hint">{hint}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
