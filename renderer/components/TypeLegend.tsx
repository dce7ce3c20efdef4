// The legend `Entity types`: each type's colour (the colour of its mentions in the text) and
// its key, then how a claim and a suggestion look, so the colours can be read at a glance.
import { useFactmark } from '../store/hooks';
import { typeColour } from './EntityChip';

export function TypeLegend() {
  const types = useFactmark((s) => s.registry.types);
  const hasArticle = useFactmark((s) => s.article !== null);
  if (!hasArticle) return null;
  return (
    <ul className="fm-legend" aria-label="Entity types">
      {types.map((type) => (
        <li key={type.id} className="fm-legend-item" style={typeColour(type.color)}>
          <span className="fm-legend-swatch" aria-hidden="true" />
          {type.label}
          {type.shortcut && (
            <kbd className="fm-kbd" title={`Press ${type.shortcut} to tag the selection`}>
              {type.shortcut.toUpperCase()}
            </kbd>
          )}
        </li>
      ))}
      <li className="fm-legend-item fm-legend-claim">
        <span className="fm-legend-swatch" aria-hidden="true" />
        Claim
      </li>
      <li className="fm-legend-item fm-legend-suggested">
        <span className="fm-legend-swatch" aria-hidden="true" />
        Suggested
      </li>
    </ul>
  );
}
