// An annotation export opened as an article (Open file, drag and drop): says what it is and
// offers to import it, in one click, instead of only pointing to `Import annotations`.
import { formatName } from '../../shared/import/recognise';
import { useFactmarkStore } from '../store/hooks';
import type { DialogState } from '../store/ui-slice';
import { ModalDialog } from './ModalDialog';

type ImportInstead = Extract<DialogState, { kind: 'import-instead' }>;

export function ImportInsteadDialog({ format, file }: Pick<ImportInstead, 'format' | 'file'>) {
  const store = useFactmarkStore();
  const close = () => store.getState().closeDialog();
  const importFile = () => {
    close();
    void store.getState().importFiles([file]);
  };
  return (
    <ModalDialog label="Annotation file" onCancel={close}>
      <p className="fm-dialog-lead">
        {file.fileName} is a {formatName(format)} file of annotations, not an article.
      </p>
      <p>Importing it adds its articles, claims and entities to the library.</p>
      <div className="fm-dialog-actions">
        <button type="button" className="fm-button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="fm-button fm-button-primary"
          data-autofocus
          onClick={importFile}
        >
          Import annotations instead
        </button>
      </div>
    </ModalDialog>
  );
}
