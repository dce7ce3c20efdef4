// The agreement figures as a table for people (`factmark agreement` without --json).
import type { AgreementFigures, AgreementReport, MatchCounts } from './agreement';

/** A figure to three decimals, or `–` where it is undefined. */
export function formatFigure(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

const HEADER = [
  'pair',
  'claims a/b/both',
  'F1',
  'overlap F1',
  'mentions a/b/both',
  'F1',
  'status κ',
];

/** The pooled figures, then each article's, as aligned plain-text tables. */
export function agreementTable(
  report: AgreementReport,
  titles: ReadonlyMap<string, string> = new Map(),
): string {
  const sections = [section('All articles', report, report.articles.length)];
  for (const article of report.articles) {
    const title = titles.get(article.articleId);
    sections.push(section(title ? `${article.articleId}  ${title}` : article.articleId, article));
  }
  return sections.join('\n\n');
}

function section(heading: string, figures: AgreementFigures, articleCount?: number): string {
  const counted =
    articleCount === undefined
      ? ''
      : ` (${articleCount} article${articleCount === 1 ? '' : 's'} with two or more annotators)`;
  const lines = [`${heading}${counted}`, `annotators: ${figures.annotators.join(', ') || '–'}`];
  if (figures.pairs.length === 0) lines.push('no two annotators marked the same article');
  else {
    const rows = figures.pairs.map((p) => [
      `${p.a} – ${p.b}`,
      counts(p.claims),
      formatFigure(p.claims.f1),
      formatFigure(p.claimsOverlap.f1),
      counts(p.mentions),
      formatFigure(p.mentions.f1),
      formatFigure(p.statusKappa),
    ]);
    lines.push(...align([HEADER, ...rows]));
  }
  lines.push(`status α (Krippendorff, nominal): ${formatFigure(figures.statusAlpha)}`);
  return lines.join('\n');
}

function counts(c: MatchCounts): string {
  return `${c.a}/${c.b}/${c.matched}`;
}

/** Columns padded to their widest cell, the first left-aligned and the rest right-aligned. */
function align(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - [...cell].length);
        return i === 0 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd(),
  );
}
