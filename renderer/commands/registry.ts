// Every command by name. Adding a name to COMMAND_NAMES without a command here is a type error.
import { MENU_COMMANDS, type MenuCommand } from '../../shared/contract/calls';
import { errorMessage } from '../store/types';
import { exportAnnotations } from './export';
import { importAnnotations } from './import-annotations';
import { markClaim } from './mark-claim';
import { selectWithKeyboard } from './select-with-keyboard';
import { openFile } from './open-file';
import { openRequested } from './open-requested';
import { openUrl } from './open-url';
import { pasteText } from './paste-text';
import { redo } from './redo';
import { reloadSource } from './reload-source';
import { tagEntity } from './tag-entity';
import { toggleLibrary } from './toggle-library';
import { toggleTheme } from './toggle-theme';
import type { Command, CommandContext, CommandName } from './types';
import { undo } from './undo';
import { suggest } from './suggest';
import { nextSuggestion } from './next-suggestion';
import { previousSuggestion } from './previous-suggestion';
import { acceptSuggestion } from './accept-suggestion';
import { rejectSuggestion } from './reject-suggestion';
import { acceptAllOfEntity } from './accept-all-of-entity';
import { commandPalette } from './command-palette';
import { showShortcuts } from './show-shortcuts';
import { openCorpus } from './open-corpus';
import { findInArticle } from './find-in-article';
import { showAgreement } from './show-agreement';
import { adjudicate } from './adjudicate';
import { collectEvidence } from './collect-evidence';
import { stopCollecting } from './stop-collecting';
import { evidenceContext, evidenceRefutes, evidenceSupports } from './use-as-evidence';
import { linkContradicts, linkSameClaim } from './link-claims';

export const COMMANDS: { readonly [N in CommandName]: Command<N> } = {
  'open-file': openFile,
  'open-requested': openRequested,
  'open-url': openUrl,
  'paste-text': pasteText,
  'import-annotations': importAnnotations,
  'reload-source': reloadSource,
  'mark-claim': markClaim,
  'select-with-keyboard': selectWithKeyboard,
  'tag-entity': tagEntity,
  export: exportAnnotations,
  'toggle-theme': toggleTheme,
  'toggle-library': toggleLibrary,
  undo,
  redo,
  suggest,
  'next-suggestion': nextSuggestion,
  'previous-suggestion': previousSuggestion,
  'accept-suggestion': acceptSuggestion,
  'reject-suggestion': rejectSuggestion,
  'accept-all-of-entity': acceptAllOfEntity,
  'command-palette': commandPalette,
  'show-shortcuts': showShortcuts,
  'open-corpus': openCorpus,
  'find-in-article': findInArticle,
  'show-agreement': showAgreement,
  adjudicate,
  'collect-evidence': collectEvidence,
  'stop-collecting': stopCollecting,
  'evidence-supports': evidenceSupports,
  'evidence-refutes': evidenceRefutes,
  'evidence-context': evidenceContext,
  'link-same-claim': linkSameClaim,
  'link-contradicts': linkContradicts,
};

// Every native menu command is one of ours (checked by the compiler).
const _menuCommandsAreCommands: readonly CommandName[] = MENU_COMMANDS as readonly MenuCommand[];

/** Runs a command if it is enabled now; reports anything it throws as an error notice. */
export async function runCommand(name: CommandName, context: CommandContext): Promise<void> {
  const command: Command = COMMANDS[name];
  if (!command.isEnabled(context.store.getState())) return;
  try {
    await command.run(context);
  } catch (err) {
    context.store.getState().notify('error', errorMessage(err));
  }
}
