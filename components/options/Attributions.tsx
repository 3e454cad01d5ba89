import { ATTRIBUTIONS } from './attributions';

/** The data sources' credits and licences, as their licences ask. */
export function Attributions() {
  return (
    <section aria-labelledby="cc-attr-title" className="cc-attributions">
      <h2 id="cc-attr-title">Data sources and licences</h2>
      <p>
        Claimcheck checks claims against facts taken from these sources. Vendor cards are reported as the
        vendor’s own claims.
      </p>
      <ul>
        {ATTRIBUTIONS.map((a) => (
          <li key={a.repo} data-source={a.repo}>
            <strong>{a.publisher}</strong>: {a.name}. Licence: <span className="cc-licence">{a.licence}</span>
            .{' '}
            <a href={a.repo} target="_blank" rel="noreferrer noopener">
              {a.repo.replace('https://', '')}
            </a>
            {a.notes?.map((n) => (
              <p key={n} className="cc-hint">
                {n}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
