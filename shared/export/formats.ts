// The export formats the app offers. Each has an id (used by the CLI's --format), a label
// (shown in the Export dialog's Format select), a file extension and a media type.
export const EXPORT_FORMATS = [
  { id: 'factmark', label: 'Factmark JSON', extension: 'json', mediaType: 'application/json' },
] as const;

export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];
export const EXPORT_FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id) as [
  ExportFormatId,
  ...ExportFormatId[],
];
