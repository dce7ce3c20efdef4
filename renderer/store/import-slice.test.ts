// An export opened as an article (Open file, drag and drop) is offered for import instead; the
// offer imports that very file and reports it as `Import annotations` does.
import { describe, expect, it } from 'vitest';
import { openChosenFile } from '../api/pick-file';
import { fakeApi } from '../testing/fake-api';
import { createFactmarkStore } from './create-store';

const EXPORT = JSON.stringify({ format: 'factmark.annotations', version: 1, articles: [] });
const W3C = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation' });

function setUp() {
  const api = fakeApi();
  const store = createFactmarkStore({ api });
  const open = (name: string, text: string) =>
    store.getState().openWith(name, () => openChosenFile(api, new File([text], name)));
  return { api, store, open };
}

describe('opening an annotation export', () => {
  it.each([
    ['a Factmark JSON export', 'notes.json', EXPORT, 'factmark'],
    ['one saved without its extension', 'notes', EXPORT, 'factmark'],
    ['a W3C export', 'anno.jsonld', W3C, 'w3c'],
    ['a brat file', 'doc.ann', 'T1\tModel 0 5\tScout\n', 'brat'],
  ])('offers %s for import, with the format it is in', async (_label, name, text, format) => {
    const { store, open } = setUp();
    expect(await open(name, text)).toBe(false);
    const dialog = store.getState().dialog;
    expect(dialog).toMatchObject({ kind: 'import-instead', format, file: { fileName: name } });
    expect(store.getState().article).toBeNull();
    expect(store.getState().notices).toEqual([]); // the offer speaks for the refusal
  });

  it('imports that very file when the offer is taken, and reports it', async () => {
    const { api, store, open } = setUp();
    await open('notes.json', EXPORT);
    const dialog = store.getState().dialog;
    if (dialog?.kind !== 'import-instead') throw new Error('no offer');
    expect(await store.getState().importFiles([dialog.file])).toBe(true);
    expect(api.importAnnotations).toHaveBeenCalledWith({ files: [dialog.file] });
    expect(new TextDecoder().decode(Uint8Array.from(atob(dialog.file.dataBase64), (c) => c.charCodeAt(0)))).toBe(EXPORT);
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      'Imported: 0 articles added, 0 updated, 0 claims and 0 mentions added.',
    ]);
  }); // prettier-ignore

  it('opens an ordinary text file as an article, without an offer', async () => {
    const { store, open } = setUp();
    expect(await open('notes.txt', 'Scout is a model.')).toBe(true);
    expect(store.getState().dialog).toBeNull();
  });
});
