import type { PageClaim } from '@/lib/messages';
import { formatValue } from '../shared/format';
import { verdictLabel } from '../shared/verdict-labels';

export interface ClaimListProps {
  claims: PageClaim[];
  /** Scroll the page to this claim's mark and flash it. */
  onShow: (claimId: string) => void;
  onCorrect: (claimId: string) => void;
  /** Claim ids the reader already sent a correction about. */
  correctedQuotes?: Set<string>;
}

function verifiedValue(pc: PageClaim): string {
  const e = pc.result?.expected[0];
  if (!e) return 'no sourced value';
  if (e.low !== undefined && e.high !== undefined)
    return `${formatValue(e.low, e.unit)} – ${formatValue(e.high, e.unit)}`;
  return formatValue(e.value, e.unit, e.valueText);
}

/** The page's claims in page order; each row mirrors its mark's data attributes. */
export function ClaimList({ claims, onShow, onCorrect, correctedQuotes }: ClaimListProps) {
  const sorted = [...claims].sort((a, b) => a.claim.start - b.claim.start);
  return (
    <section aria-labelledby="cc-claims-title">
      <h2 id="cc-claims-title" className="cc-visually-hidden">
        Claims
      </h2>
      <ul className="cc-claims">
        {sorted.map((pc) => {
          const verdict = pc.result?.verdict ?? 'unchecked';
          const label = verdictLabel(pc.result?.verdict);
          return (
            <li
              key={pc.claim.id}
              className={`cc-claim cc-verdict-${verdict}`}
              data-claimcheck-verdict={verdict}
              // Same attribute values as the page's marks (lib/page/mark-element.ts).
              data-claimcheck-model={pc.claim.model.name}
              data-claimcheck-model-id={pc.claim.model.id}
              data-claimcheck-id={pc.claim.id}
              data-claimcheck-quote={pc.claim.quote}
            >
              <button
                type="button"
                className="cc-claim-show"
                onClick={() => onShow(pc.claim.id)}
                aria-label={`Show “${pc.claim.quote}” in the page (${label})`}
              >
                <span className="cc-quote">“{pc.claim.quote}”</span>
              </button>
              <div className="cc-claim-meta">
                <span className={`cc-badge cc-verdict-${verdict}`}>{label}</span>
                <span className="cc-model">{pc.claim.model.name}</span>
                <span className="cc-verified">Fact base: {verifiedValue(pc)}</span>
                {correctedQuotes?.has(pc.claim.quote) ? (
                  <span className="cc-pending">Your correction (pending)</span>
                ) : null}
              </div>
              <button
                type="button"
                className="cc-claim-correct"
                onClick={() => onCorrect(pc.claim.id)}
                aria-label={`Suggest a correction to “${pc.claim.quote}”`}
              >
                Suggest a correction
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
