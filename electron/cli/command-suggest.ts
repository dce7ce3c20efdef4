// `factmark suggest --library DIR --article ID [--no-gazetteer]`: the suggestion engine without
// the app, for pre-annotation in pipelines. Prints JSON with code-point offsets; `entity` is the
// registry id where the name is already known, else null. What the article already has
// (the same mention, a claim over the same text) is not suggested again.
import { GAZETTEER, suggestAnnotations } from '../../shared/suggest';
import type { CoreCaller } from './core-calls';
import { CliError, EXIT, type CliIo } from './io';

export interface SuggestCommandOptions {
  articleIds: readonly string[];
  gazetteer: boolean;
}

/** What `factmark suggest` prints: the shape issue 4 fixes for pipelines. */
export interface SuggestOutput {
  entities: {
    name: string;
    type: string;
    start: number;
    end: number;
    quote: string;
    entity: string | null;
  }[];
  claims: { start: number; end: number; quote: string }[];
}

export async function suggestForArticle(
  options: SuggestCommandOptions,
  core: CoreCaller,
  io: CliIo,
): Promise<number> {
  if (options.articleIds.length !== 1) {
    throw new CliError(EXIT.usage, 'suggest: name one article with --article ID.');
  }
  const article = await core.call('getArticle', { id: options.articleIds[0]! });
  const registry = await core.call('getEntities', {});
  const suggestions = suggestAnnotations(article.text, {
    registry,
    gazetteer: options.gazetteer ? GAZETTEER : undefined,
    existing: { claims: article.claims, mentions: article.mentions },
  });
  const output: SuggestOutput = {
    entities: suggestions.mentions.map((m) => ({
      name: m.name,
      type: m.type,
      start: m.start,
      end: m.end,
      quote: m.quote,
      entity: m.entity ?? null,
    })),
    claims: suggestions.claims.map((c) => ({ start: c.start, end: c.end, quote: c.quote })),
  };
  io.out(JSON.stringify(output, null, 2));
  return EXIT.ok;
}
