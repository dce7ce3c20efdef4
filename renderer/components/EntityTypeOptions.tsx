// The `<option>`s of an entity type select, one a type of the registry (built in and added), by
// their labels: tagging, editing an entity and the corpus filter offer the same choice.
import { useFactmark } from '../store/hooks';

export function EntityTypeOptions() {
  const types = useFactmark((s) => s.registry.types);
  return types.map((t) => (
    <option key={t.id} value={t.id}>
      {t.label}
    </option>
  ));
}
