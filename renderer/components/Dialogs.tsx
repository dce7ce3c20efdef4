// Shows the dialog the store says is open (one at a time), each loaded when first shown.
import { useFactmark } from '../store/hooks';
import { AdjudicationDialog } from './AdjudicationDialog';
import { AgreementDialog } from './AgreementDialog';
import { ImportInsteadDialog } from './ImportInsteadDialog';
import { LocalNetworkDialog } from './LocalNetworkDialog';
import {
  CommandPalette,
  ExportDialog,
  OpenUrlDialog,
  PasteTextDialog,
  ShortcutsHelp,
  TagEntityDialog,
} from './later-views';

export function Dialogs() {
  const dialog = useFactmark((s) => s.dialog);
  switch (dialog?.kind) {
    case 'open-url':
      return <OpenUrlDialog />;
    case 'paste-text':
      return <PasteTextDialog />;
    case 'export':
      return <ExportDialog />;
    case 'tag-entity':
      return (
        <TagEntityDialog
          target={dialog.target}
          prefill={dialog.prefill}
          initialType={dialog.type}
        />
      );
    case 'command-palette':
      return <CommandPalette />;
    case 'shortcuts':
      return <ShortcutsHelp />;
    case 'agreement':
      return <AgreementDialog />;
    case 'adjudication':
      return <AdjudicationDialog />;
    case 'local-network':
      return <LocalNetworkDialog host={dialog.host} retry={dialog.retry} />;
    case 'import-instead':
      return <ImportInsteadDialog format={dialog.format} file={dialog.file} />;
    default:
      return null;
  }
}
