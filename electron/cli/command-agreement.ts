// `factmark agreement --library DIR [--article ID…] [--json]`: how far the annotators of a
// library agree (docs/agreement.md), pooled over its articles and per article.
import {
  computeAgreement,
  registryEntityKey,
  type AgreementDocument,
} from '../../shared/team/agreement';
import { agreementTable } from '../../shared/team/agreement-table';
import { UNNAMED_ANNOTATOR } from '../../shared/team/layers';
import { CliError, EXIT, type CliIo } from './io';
import { openExistingLibrary } from './core-calls';

export interface AgreementOptions {
  libraryDir: string;
  articleIds: readonly string[];
  json: boolean;
}

export async function printAgreement(options: AgreementOptions, io: CliIo): Promise<number> {
  const library = openExistingLibrary(options.libraryDir);
  const articleIds =
    options.articleIds.length > 0
      ? [...new Set(options.articleIds)]
      : (await library.list()).articles.map((a) => a.id);
  const documents: AgreementDocument[] = [];
  const titles = new Map<string, string>();
  for (const id of articleIds) {
    let article;
    try {
      article = await library.get(id);
    } catch (err) {
      throw new CliError(
        EXIT.badInput,
        `agreement: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    documents.push({ articleId: article.id, claims: article.claims, mentions: article.mentions });
    titles.set(article.id, article.title);
  }
  const report = computeAgreement(documents, {
    fallbackAnnotator: UNNAMED_ANNOTATOR,
    entityKey: registryEntityKey(await library.getRegistry()),
  });
  io.out(options.json ? JSON.stringify(report) : agreementTable(report, titles));
  return EXIT.ok;
}
