// The export formats the app offers. Each has an id (used by the CLI's --format), a label
// (shown in the Export dialog's Format select), a file extension and a media type, and says
// whether it writes a folder (files per article) rather than one file for all articles.
export const EXPORT_FORMATS = [
  {
    id: 'factmark',
    label: 'Factmark JSON',
    extension: 'json',
    mediaType: 'application/json',
    folder: false,
  },
  {
    id: 'w3c',
    label: 'W3C Web Annotation (JSON-LD)',
    extension: 'jsonld',
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    folder: false,
  },
  {
    id: 'brat',
    label: 'brat standoff (folder)',
    extension: 'ann',
    mediaType: 'text/plain; charset=utf-8',
    folder: true,
  },
  {
    id: 'doccano',
    label: 'doccano JSONL',
    extension: 'jsonl',
    mediaType: 'application/jsonl',
    folder: false,
  },
  {
    id: 'spacy',
    label: 'spaCy / doccano relations JSONL',
    extension: 'jsonl',
    mediaType: 'application/jsonl',
    folder: false,
  },
  {
    id: 'label-studio',
    label: 'Label Studio tasks (JSON)',
    extension: 'json',
    mediaType: 'application/json',
    folder: false,
  },
  {
    id: 'csv',
    label: 'CSV of claims',
    extension: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    folder: false,
  },
  {
    id: 'claimreview',
    label: 'schema.org ClaimReview (JSON-LD)',
    extension: 'jsonld',
    mediaType: 'application/ld+json',
    folder: false,
  },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportFormatId = ExportFormat['id'];
export const EXPORT_FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id) as [
  ExportFormatId,
  ...ExportFormatId[],
];

export function exportFormat(id: ExportFormatId): ExportFormat {
  return EXPORT_FORMATS.find((f) => f.id === id)!;
}
