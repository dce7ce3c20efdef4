// What the command-line tool prints goes through here: control characters from article titles,
// file names or messages (ESC starting an escape sequence, BEL, an OSC 8 fake link, a C1 CSI,
// a lone carriage return that overwrites the line) are printed as `\uXXXX` instead of acting on
// the terminal. In JSON output that is the same escape JSON itself uses, so the data is unchanged.
import type { CliIo } from './io';

/** C0 controls but tab and line feed, DEL, C1 controls, and a carriage return not before a line feed. */
const CONTROL = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g; // eslint-disable-line no-control-regex

export function forTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `io` with every line made safe to print. */
export function terminalSafe(io: CliIo): CliIo {
  return { out: (line) => io.out(forTerminal(line)), err: (line) => io.err(forTerminal(line)) };
}
