// Suggestion-engine benchmark: the example article repeated to 100,000 words (with some CJK
// text and emoji so that offsets are not plain ASCII), run through the name matcher with the
// full gazetteer, then the whole engine. Prints the median of a few runs per stage.
// Run: npx tsx bench/suggest-engine.ts [words]
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { emptyRegistry } from '../shared/model/entities';
import { EntityMatcher, GAZETTEER, knownEntries, suggestAnnotations } from '../shared/suggest';
import { splitSentences } from '../shared/suggest/sentences';
import { findModelNames } from '../shared/suggest/model-patterns';
import { CodePointIndex } from '../shared/text/code-points';

const WORDS = Number(process.argv[2] ?? 100_000);
const article = readFileSync(
  resolve(__dirname, '../shared/suggest/__fixtures__/llama4-news.txt'),
  'utf8',
);
const paragraphs = article.split('\n').map((p, i) => (i % 7 === 3 ? `🦙 ${p} 元の記事。` : p));
const blocks: string[] = [];
let words = 0;
for (let i = 0; words < WORDS; i++) {
  const p = paragraphs[i % paragraphs.length]!;
  blocks.push(p);
  words += p.split(/\s+/).length;
}
const text = blocks.join('\n\n');

function median(label: string, runs: number, fn: () => unknown): void {
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const count = Array.isArray(result) ? ` (${result.length} found)` : '';
  const [fastest, middle] = [times[0]!, times[runs >> 1]!].map((t) => t.toFixed(0).padStart(6));
  console.log(`${label.padEnd(40)} median ${middle} ms, best ${fastest} ms${count}`);
}

console.log(
  `${words} words, ${text.length} UTF-16 units, ${GAZETTEER.length} gazetteer entries, ` +
    `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
);
// A yardstick for a busy machine: compare the stages with splitting the text at white space.
median('yardstick: text.split(/\\s+/)', 9, () => text.split(/\s+/));
const entries = knownEntries(emptyRegistry(), GAZETTEER);
median('compile the matcher (gazetteer)', 5, () => new EntityMatcher(entries));
const matcher = new EntityMatcher(entries);
median('match known names (one pass)', 9, () => matcher.find(text));
median('model-name patterns', 5, () => findModelNames(text, new CodePointIndex(text)));
median('split sentences', 5, () => splitSentences(text));
median(
  'whole engine, gazetteer on',
  3,
  () => suggestAnnotations(text, { registry: emptyRegistry(), gazetteer: GAZETTEER }).mentions,
);
const sample = blocks.slice(0, 40).join('\n\n');
median(
  `whole engine, ${sample.split(/\s+/).length} words`,
  5,
  () => suggestAnnotations(sample, { registry: emptyRegistry(), gazetteer: GAZETTEER }).mentions,
);
