// A claim status as the user reads it, and the `<option>`s of a status select (the Claims list
// and the Adjudication dialog offer the same choice).
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/model/annotations';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: 'Unreviewed',
  supported: 'Supported',
  refuted: 'Refuted',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

export function StatusOptions() {
  return CLAIM_STATUSES.map((status) => (
    <option key={status} value={status}>
      {STATUS_LABELS[status]}
    </option>
  ));
}
