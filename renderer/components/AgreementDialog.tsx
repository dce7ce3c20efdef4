// Dialog `Agreement`: the agreement figures of the open article (as it is now, unsaved edits
// included) and of the whole library (read from the host, as the corpus view reads it).
import { useEffect, useMemo, useState } from 'react';
import type { CorpusDocument } from '../../shared/corpus/corpus-document';
import { computeAgreement, registryEntityKey } from '../../shared/team/agreement';
import { UNNAMED_ANNOTATOR } from '../../shared/team/layers';
import { errorMessage } from '../store/types';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { AgreementTable } from './AgreementTable';
import { CloseActions, ModalDialog } from './ModalDialog';

type Library =
  | { state: 'loading' }
  | { state: 'ready'; documents: CorpusDocument[] }
  | { state: 'failed'; message: string };

export function AgreementDialog() {
  const store = useFactmarkStore();
  const article = useFactmark((s) => s.article);
  const registry = useFactmark((s) => s.registry);
  const [library, setLibrary] = useState<Library>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    store
      .getState()
      .readLibraryAnnotations()
      .then(
        (documents) => live && setLibrary({ state: 'ready', documents }),
        (err: unknown) => live && setLibrary({ state: 'failed', message: errorMessage(err) }),
      );
    return () => {
      live = false;
    };
  }, [store]);

  const options = useMemo(
    () => ({ fallbackAnnotator: UNNAMED_ANNOTATOR, entityKey: registryEntityKey(registry) }),
    [registry],
  );
  const articleFigures = useMemo(
    () =>
      article
        ? computeAgreement(
            [{ articleId: article.id, claims: article.claims, mentions: article.mentions }],
            options,
          )
        : null,
    [article, options],
  );
  const libraryReport = useMemo(() => {
    if (library.state !== 'ready') return null;
    // The open article as it is now, not as last saved.
    const documents = library.documents.map((d) =>
      article && d.articleId === article.id
        ? { ...d, claims: article.claims, mentions: article.mentions }
        : d,
    );
    return computeAgreement(documents, options);
  }, [library, article, options]);

  const close = () => store.getState().closeDialog();
  return (
    <ModalDialog label="Agreement" onCancel={close} className="fm-dialog-wide fm-agreement">
      <p className="fm-dialog-lead">
        F1 counts claims with identical spans (mentions: span and entity) as matches: 2·both / (a +
        b). The adjudicated layer is left out.
      </p>
      {articleFigures && (
        <AgreementTable caption={`This article — ${article!.title}`} figures={articleFigures} />
      )}
      {library.state === 'loading' && <p role="status">Reading the library…</p>}
      {library.state === 'failed' && (
        <p role="alert">Could not read the library: {library.message}</p>
      )}
      {libraryReport && (
        <AgreementTable
          caption={`Library — ${libraryReport.articles.length} article${libraryReport.articles.length === 1 ? '' : 's'} marked by two or more annotators`}
          figures={libraryReport}
        />
      )}
      <CloseActions onClose={close} />
    </ModalDialog>
  );
}
