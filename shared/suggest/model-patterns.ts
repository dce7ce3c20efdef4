// Model-like names the registry and gazetteer may not know yet ("GPT-4.5", "Qwen2.5-72B",
// "Claude 3.5 Sonnet", "o3-mini"): a known family followed by a version or a size. A family
// alone ("Claude") is not enough, since it is often also the company or an ordinary word.
import type { CodePointIndex } from '../text/code-points';
import type { MentionSuggestion } from './types';

const FAMILIES = [
  'GPT',
  'Llama',
  'LLaMA',
  'Code Llama',
  'Claude',
  'Gemini',
  'Gemma',
  'PaLM',
  'Mistral',
  'Mixtral',
  'Ministral',
  'Codestral',
  'Pixtral',
  'Qwen',
  'QwQ',
  'DeepSeek',
  'Phi',
  'Grok',
  'Falcon',
  'Yi',
  'Jamba',
  'Nemotron',
  'Granite',
  'OLMo',
  'Kimi',
  'GLM',
  'ChatGLM',
  'ERNIE',
  'Hunyuan',
  'InternLM',
  'Baichuan',
  'MiniMax',
  'StarCoder',
  'Stable Diffusion',
  'DALL·E',
  'DALL-E',
  'Imagen',
  'Veo',
  'Sora',
  'Whisper',
  'Midjourney',
  'FLUX',
  'Nova',
  'Titan',
  'Pythia',
  'BLOOM',
  'Vicuna',
  'Mistral Large',
  'Mistral Small',
  'Mistral Medium',
] as const;

/** Words that name a size or tier after (or before) the version: "Flash", "Sonnet", "Instruct". */
const TIERS =
  'Sonnet|Opus|Haiku|Flash(?:-Lite)?|Pro|Ultra|Nano|Scout|Maverick|Behemoth|Large|Medium|' +
  'Small|Mini|mini|nano|Instruct|Coder|Chat|Turbo|turbo|Lite|Max|Plus|Vision|Reasoner|' +
  'Thinking|Preview|preview|Exp|VL|Math|Base|Omni|R\\+?|A\\+?';
const VERSION = '(?:[VRvrK]?\\d+(?:\\.\\d+)*[a-z]?)';
const SIZE = '(?:\\d+(?:\\.\\d+)?[BbMT](?:-A\\d+B)?|\\d+x\\d+B|\\d+E)';
const SEP = '[ \\-]?';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const family = `(?:${[...FAMILIES]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`;

/**
 * Family, optional tier ("Mistral Large 2"), a version or size, then sizes and tiers:
 * "Llama 4 Maverick", "Qwen2.5-72B-Instruct", "Gemini 2.0 Flash", "DeepSeek-V3".
 */
const FAMILY_MODEL = new RegExp(
  `${family}(?:${SEP}(?:${TIERS}))?${SEP}(?:${VERSION}|${SIZE})` +
    `(?:${SEP}(?:${SIZE}|${TIERS}|${VERSION}))*(?![\\p{L}\\p{N}]|\\.\\p{N})`,
  'gu',
);

/** OpenAI's reasoning models: "o1", "o3-mini", "o4-mini-high". Lowercase only. */
const O_SERIES = /o[1-9](?:-(?:mini|pro|preview|high|low))*(?![\p{L}\p{N}]|\.\p{N})/gu;

/** A character before a name that makes it part of another word ("photo3", "v.o1", "x-o3"). */
const PART_OF_WORD = /[\p{L}\p{N}.-]/u;

/** Every model-like name in `text`, as suggestions typed `model` (offsets in code points). */
export function findModelNames(text: string, index: CodePointIndex): MentionSuggestion[] {
  const found: MentionSuggestion[] = [];
  for (const pattern of [FAMILY_MODEL, O_SERIES]) {
    for (const m of text.matchAll(pattern)) {
      // Checked here rather than by a lookbehind, which would stop the engine from scanning
      // quickly for the first letter of a family.
      if (m.index > 0 && PART_OF_WORD.test(text[m.index - 1]!)) continue;
      const quote = m[0].replace(/[-\s]+$/, '');
      const start = index.toCodePoint(m.index);
      const end = index.toCodePoint(m.index + quote.length);
      found.push({
        id: `sm_${start}_${end}`,
        start,
        end,
        quote,
        name: quote,
        type: 'model',
        source: 'model-pattern',
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
