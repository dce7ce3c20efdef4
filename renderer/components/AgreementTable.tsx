// One table of agreement figures: a row per pair of annotators, and Krippendorff's α below.
import type { AgreementFigures, MatchCounts } from '../../shared/team/agreement';
import { formatFigure } from '../../shared/team/agreement-table';

const counts = (c: MatchCounts) => `${c.a} / ${c.b} / ${c.matched}`;

export function AgreementTable({
  caption,
  figures,
}: {
  caption: string;
  figures: AgreementFigures;
}) {
  return (
    <div className="fm-agreement-block">
      <table className="fm-agreement-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col" title="Claims each marked, and how many have identical spans">
              Claims a / b / both
            </th>
            <th scope="col">F1</th>
            <th scope="col" title="Claims overlapping by at least half the shorter, one to one">
              Overlap F1
            </th>
            <th scope="col" title="Mentions each marked, and how many match in span and entity">
              Mentions a / b / both
            </th>
            <th scope="col">F1</th>
            <th scope="col" title="Cohen's κ over the statuses of the claims both marked">
              Status κ
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.pairs.length === 0 ? (
            <tr>
              <td colSpan={7} className="fm-agreement-empty">
                No two annotators marked the same article yet.
              </td>
            </tr>
          ) : (
            figures.pairs.map((p) => (
              <tr key={`${p.a}\u0000${p.b}`}>
                <th scope="row">
                  {p.a} – {p.b}
                </th>
                <td>{counts(p.claims)}</td>
                <td>{formatFigure(p.claims.f1)}</td>
                <td>{formatFigure(p.claimsOverlap.f1)}</td>
                <td>{counts(p.mentions)}</td>
                <td>{formatFigure(p.mentions.f1)}</td>
                <td>{formatFigure(p.statusKappa)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <p className="fm-agreement-alpha">
        Status α (Krippendorff, nominal, every annotator):{' '}
        <strong>{formatFigure(figures.statusAlpha)}</strong>
        {figures.annotators.length > 0 && <> · annotators: {figures.annotators.join(', ')}</>}
      </p>
    </div>
  );
}
