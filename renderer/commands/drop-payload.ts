// What a drop on the window asks to open: the dropped files, else a link (`text/uri-list`, or
// plain text that is one http(s) URL), else nothing openable, with a message saying so. The
// host judges each file's type and names the reason when it cannot read one.

export type DropPayload =
  | { kind: 'files'; files: File[] }
  | { kind: 'url'; url: string }
  | { kind: 'unsupported'; message: string };

/** The parts of a DataTransfer a drop is read from (a real one, or a test's stand-in). */
export interface DroppedData {
  files: ArrayLike<File>;
  getData(format: string): string;
}

export const NOTHING_TO_OPEN =
  'Nothing to open in what was dropped: drop a web page (.html), PDF, Markdown or text file, or a link.';

/** Types a drag carries when it may hold something to open (shows the drop overlay). */
export function mayOpen(types: readonly string[]): boolean {
  return types.includes('Files') || types.includes('text/uri-list');
}

export function readDrop(data: DroppedData): DropPayload {
  const files = Array.from(data.files);
  if (files.length > 0) return { kind: 'files', files };
  const link = firstLink(data.getData('text/uri-list')) ?? firstLink(data.getData('text/plain'));
  if (link) return { kind: 'url', url: link };
  const text = data.getData('text/plain').trim();
  if (text && /^[a-z][a-z0-9+.-]*:/i.test(text) && !/\s/.test(text)) {
    return {
      kind: 'unsupported',
      message: `${text.slice(0, 200)}: only http and https links open.`,
    };
  }
  return { kind: 'unsupported', message: NOTHING_TO_OPEN };
}

/** The first http(s) URL of a uri-list (one per line, `#` starts a comment) or of a text. */
function firstLink(list: string): string | null {
  for (const line of list.split(/\r?\n/)) {
    const candidate = line.trim();
    if (!candidate || candidate.startsWith('#')) continue;
    return isHttpUrl(candidate) ? candidate : null;
  }
  return null;
}

function isHttpUrl(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
