// The one entry to every export format: `buildExport(format, input)` gives the files to write,
// with paths relative to where the user saves (one file, or a folder for brat).
import { buildBratFiles, bratNotices } from './brat';
import { buildClaimReviews } from './claimreview';
import { buildClaimsCsv } from './csv';
import { buildDoccanoLines, buildRelationLines, toJsonLines } from './doccano';
import { buildFactmarkExport, type ExportInput } from './factmark-json';
import { bundleBaseName } from './file-names';
import type { ExportFormatId } from './formats';
import { buildLabelStudioTasks, labelStudioNotices, type LabelStudioOptions } from './label-studio';
import { buildW3cCollection, serializeW3cCollection } from './w3c';

export type { ExportInput } from './factmark-json';
export { EXPORT_FORMATS, EXPORT_FORMAT_IDS, exportFormat, type ExportFormatId } from './formats';

export interface ExportedFile {
  /** relative, '/'-separated */
  path: string;
  content: string;
}

/** One file for single-file formats; `.txt`/`.ann` per article and `annotation.conf` for brat. */
export interface ExportBundle {
  files: ExportedFile[];
  /** What the format could not carry and left out, one line each, for the person exporting. */
  notices: string[];
}

export interface ExportOptions {
  labelStudio?: LabelStudioOptions;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** How each format's single file is named after the bundle (`<slug>.w3c.jsonld`) and built. */
const SINGLE_FILE: Record<
  Exclude<ExportFormatId, 'brat'>,
  { suffix: string; build: (input: ExportInput, options: ExportOptions) => string }
> = {
  factmark: { suffix: 'factmark.json', build: (input) => json(buildFactmarkExport(input)) },
  w3c: {
    suffix: 'w3c.jsonld',
    build: (input) => serializeW3cCollection(buildW3cCollection(input)),
  },
  doccano: { suffix: 'doccano.jsonl', build: (input) => toJsonLines(buildDoccanoLines(input)) },
  spacy: { suffix: 'spacy.jsonl', build: (input) => toJsonLines(buildRelationLines(input)) },
  'label-studio': {
    suffix: 'label-studio.json',
    build: (input, options) => json(buildLabelStudioTasks(input, options.labelStudio)),
  },
  csv: { suffix: 'claims.csv', build: (input) => buildClaimsCsv(input) },
  claimreview: { suffix: 'claimreview.jsonld', build: (input) => json(buildClaimReviews(input)) },
};

export function buildExport(
  format: ExportFormatId,
  input: ExportInput,
  options: ExportOptions = {},
): ExportBundle {
  if (format === 'brat') return { files: buildBratFiles(input), notices: bratNotices(input) };
  const { suffix, build } = SINGLE_FILE[format];
  return {
    files: [
      { path: `${bundleBaseName(input.articles)}.${suffix}`, content: build(input, options) },
    ],
    notices: format === 'label-studio' ? labelStudioNotices(input, options.labelStudio) : [],
  };
}
