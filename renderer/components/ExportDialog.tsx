// Dialog `Export`: select `Format`, which articles, whose layers, and `Save` (a save dialog in the desktop
// app, a download in the browser). Pending annotations are saved first: the host exports what
// is on disk.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { EXPORT_FORMATS, type ExportFormatId } from '../../shared/export/formats';
import { ALL_LAYERS, layerChoiceFor, ONE_LAYER_FORMATS } from '../../shared/export/layer-selection';
import { ADJUDICATED } from '../../shared/model/annotators';
import { annotatorsIn, UNNAMED_ANNOTATOR } from '../../shared/team/layers';
import { saveExport } from '../commands/export';
import { useFactmark, useFactmarkStore } from '../store/hooks';
import { useCommandContext } from './command-context';
import { DialogActions } from './DialogActions';
import { CloseActions, ModalDialog } from './ModalDialog';

export function ExportDialog() {
  const store = useFactmarkStore();
  const context = useCommandContext();
  const current = useFactmark(
    useShallow((s) => (s.article ? { id: s.article.id, title: s.article.title } : null)),
  );
  const libraryCount = useFactmark((s) => Math.max(s.libraryTotal, s.summaries.length));
  const [format, setFormat] = useState<ExportFormatId>(EXPORT_FORMATS[0].id);
  const [scope, setScope] = useState<'article' | 'library'>(current ? 'article' : 'library');
  const [layers, setLayers] = useState<string>(ALL_LAYERS);
  // The open article's annotators to choose from; any library may have an adjudicated layer.
  const annotators = useFactmark(
    useShallow((s) =>
      (s.article ? annotatorsIn([s.article], UNNAMED_ANNOTATOR) : []).filter(
        (n) => n !== ADJUDICATED,
      ),
    ),
  );
  const me = useFactmark((s) => s.annotator);
  // brat, doccano and spaCy hold one layer per file: with several annotators, everyone's is
  // not offered, rather than refused after Save.
  const oneLayerOnly = ONE_LAYER_FORMATS.has(format) && annotators.length > 1;
  const chooseFormat = (next: ExportFormatId) => {
    setFormat(next);
    setLayers(layerChoiceFor(next, layers, annotators, me));
  };
  const [busy, setBusy] = useState(false);
  const [leftOut, setLeftOut] = useState<{ where: string; notices: string[] } | null>(null);
  const close = () => store.getState().closeDialog();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const exported = await saveExport(context, {
        format,
        articleId: scope === 'article' && current ? current.id : null,
        ...(layers === ALL_LAYERS ? {} : { annotator: layers }),
      });
      if (!exported) return;
      // What the format left out stays in the dialog until read, not in a fading message.
      if (exported.where && exported.notices.length > 0) {
        setLeftOut({ where: exported.where, notices: exported.notices });
      } else close();
    } finally {
      setBusy(false);
    }
  };

  if (leftOut) {
    return (
      <ModalDialog label="Export" onCancel={close}>
        <ExportLeftOut {...leftOut} />
        <CloseActions onClose={close} />
      </ModalDialog>
    );
  }

  return (
    <ModalDialog label="Export" onCancel={close}>
      <form className="fm-form" onSubmit={(e) => void submit(e)}>
        <div className="fm-field">
          <label htmlFor="fm-export-format">Format</label>
          <select
            id="fm-export-format"
            data-autofocus
            value={format}
            onChange={(e) => chooseFormat(e.target.value as ExportFormatId)}
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="fm-field">
          <label htmlFor="fm-export-layers">Annotators</label>
          <select id="fm-export-layers" value={layers} onChange={(e) => setLayers(e.target.value)}>
            <option value={ALL_LAYERS} disabled={oneLayerOnly}>
              {oneLayerOnly
                ? 'Everyone’s (not in this format: one layer per file)'
                : 'Everyone’s, each attributed'}
            </option>
            {annotators.map((name) => (
              <option key={name} value={name}>
                {name}’s layer
              </option>
            ))}
            <option value={ADJUDICATED}>Adjudicated layer</option>
          </select>
        </div>
        <fieldset className="fm-fieldset">
          <legend>Articles</legend>
          <label className="fm-radio">
            <input
              type="radio"
              name="fm-export-scope"
              value="article"
              disabled={!current}
              checked={scope === 'article'}
              onChange={() => setScope('article')}
            />
            {current ? `This article (“${current.title}”)` : 'This article'}
          </label>
          <label className="fm-radio">
            <input
              type="radio"
              name="fm-export-scope"
              value="library"
              disabled={libraryCount === 0}
              checked={scope === 'library'}
              onChange={() => setScope('library')}
            />
            Every article in the library ({libraryCount})
          </label>
        </fieldset>
        <DialogActions submit="Save" busy={busy} onCancel={close} />
      </form>
    </ModalDialog>
  );
}

/** After an export that left something out: where it went, and what it left out and why. */
function ExportLeftOut({ where, notices }: { where: string; notices: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The form that held the focus is gone: the dialog's Close button takes it.
    ref.current?.parentElement?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return (
    <div ref={ref} role="status" className="fm-export-left-out">
      <p>{where}</p>
      {notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
    </div>
  );
}
