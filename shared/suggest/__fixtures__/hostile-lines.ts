// Single lines of 1 MB built against the suggestion engine: runs of names, figures and marks
// that made a step quadratic. Shared by the engine's tests (what each yields) and the bench
// (`suggest.adversarial.1mb`, how long the slowest takes).

const MB = 1_000_000;

export interface HostileLine {
  label: string;
  text: string;
  /** Suggested mentions and claims the line yields. */
  mentions: number;
  claims: number;
}

/** `unit` repeated to 1 MB, and what the whole line yields per repetition of `unit`. */
function line(label: string, unit: string, mentionsPerUnit: number, claims: number): HostileLine {
  const units = Math.ceil(MB / unit.length);
  return { label, text: unit.repeat(units), mentions: units * mentionsPerUnit, claims };
}

export function hostileLines(): HostileLine[] {
  return [
    line('model names', 'GPT-4 ', 1, 0),
    line('gazetteer names', 'Meta ', 1, 0),
    line('model names and figures', 'GPT-4o scored 5% ', 1, 1),
    line('benchmarks and figures', 'MMLU 5% ', 0, 1),
    line('amounts', '$1 ', 0, 1),
    line('lower-case words', 'a ', 0, 0),
    line('capitalised words', 'Aaa ', 0, 0),
    line('exclamation marks', '!', 0, 0),
    line('full stops', '.', 0, 0),
    line('initials', 'A. ', 0, 0),
  ];
}
