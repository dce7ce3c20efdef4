// Which annotation format a file holds, told by its content alone: a file saved without its
// extension (a browser download, a renamed copy) is recognised all the same.
export type AnnotationFormat =
  'factmark' | 'w3c' | 'brat' | 'brat-conf' | 'doccano' | 'spacy' | 'label-studio';

/** How each format is named in messages and import summaries. */
export const ANNOTATION_FORMAT_NAMES: Record<AnnotationFormat, string> = {
  factmark: 'Factmark JSON',
  w3c: 'W3C Web Annotation JSON-LD',
  brat: 'brat standoff',
  'brat-conf': 'brat annotation.conf',
  doccano: 'doccano JSONL',
  spacy: 'spaCy / doccano relations JSONL',
  'label-studio': 'Label Studio JSON',
};

/** A format's name as people know it; an id this version does not know, as it is. */
export function formatName(format: string): string {
  return Object.hasOwn(ANNOTATION_FORMAT_NAMES, format)
    ? ANNOTATION_FORMAT_NAMES[format as AnnotationFormat]
    : format;
}

/** The formats this version reads back; the others are recognised and named, not read. */
export const READABLE_FORMATS: ReadonlySet<AnnotationFormat> = new Set([
  'factmark',
  'w3c',
  'brat',
  'brat-conf',
  'doccano',
  'spacy',
  'label-studio',
]);

// A brat line: `T1<TAB>Type 0 5[;7 9]<TAB>text`, `#1<TAB>AnnotatorNotes T1<TAB>…`, `N1`, `A1`…
const BRAT_LINE = /^(T\d+\t[^\t\s]+ \d+ \d+(;\d+ \d+)*\t|[#NAMER]\d+\t\S)/;
const BRAT_CONF_SECTION = /^\s*\[(entities|relations|events|attributes)\]\s*$/m;

/** The format of `content`, or null when it is none of the annotation formats. */
export function recogniseFormat(content: string): AnnotationFormat | null {
  const text = content.replace(/^\uFEFF/, '');
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    const json = parseJson(text);
    if (json !== undefined) return jsonFormat(json);
    return jsonLinesFormat(text);
  }
  const firstLine = head.split('\n', 1)[0] ?? '';
  if (BRAT_LINE.test(firstLine)) return 'brat';
  if (BRAT_CONF_SECTION.test(text.slice(0, 4096))) return 'brat-conf';
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function jsonFormat(json: unknown): AnnotationFormat | null {
  if (isObject(json)) {
    if (json.format === 'factmark.annotations') return 'factmark';
    if (isW3c(json)) return 'w3c';
    // One JSON line alone parses as a whole file.
    return lineFormat(json);
  }
  if (Array.isArray(json)) {
    const first = json.find(isObject);
    if (!first) return null;
    if (isW3c(first)) return 'w3c';
    if (
      isObject(first.data) &&
      (Array.isArray(first.annotations) || Array.isArray(first.predictions))
    )
      return 'label-studio';
  }
  return null;
}

function isW3c(json: Record<string, unknown>): boolean {
  const context = JSON.stringify(json['@context'] ?? '');
  const type = json.type;
  return (
    context.includes('w3.org/ns/anno') ||
    type === 'Annotation' ||
    type === 'AnnotationCollection' ||
    type === 'AnnotationPage'
  );
}

/** JSON Lines: every non-empty line a JSON object; the first one says which kind. */
function jsonLinesFormat(text: string): AnnotationFormat | null {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const first = lines[0] === undefined ? undefined : parseJson(lines[0]);
  return isObject(first) ? lineFormat(first) : null;
}

function lineFormat(line: Record<string, unknown>): AnnotationFormat | null {
  if (typeof line.text !== 'string') return null;
  if (Array.isArray(line.entities) && Array.isArray(line.relations)) return 'spacy';
  if (Array.isArray(line.label)) return 'doccano';
  return null;
}
