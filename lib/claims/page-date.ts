/**
 * The article's publication date (YYYY-MM-DD) from meta tags, JSON-LD
 * `datePublished`, or a <time datetime>. Standard DOM APIs only.
 */

const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publish-date',
  'publish_date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];

function isoDay(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(s);
  if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  return undefined;
}

function fromJsonLd(value: unknown, depth = 0): string | undefined {
  if (!value || typeof value !== 'object' || depth > 6) return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = fromJsonLd(v, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.datePublished === 'string') return isoDay(obj.datePublished);
  if (obj['@graph']) return fromJsonLd(obj['@graph'], depth + 1);
  return undefined;
}

export function findPageDate(doc: Document): string | undefined {
  const metas = doc.getElementsByTagName('meta');
  for (const key of META_KEYS) {
    for (let i = 0; i < metas.length; i++) {
      const m = metas[i];
      const name = (
        m.getAttribute('property') ??
        m.getAttribute('name') ??
        m.getAttribute('itemprop') ??
        ''
      ).toLowerCase();
      if (name === key) {
        const d = isoDay(m.getAttribute('content'));
        if (d) return d;
      }
    }
  }
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i];
    if ((s.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    try {
      const d = fromJsonLd(JSON.parse(s.textContent ?? ''));
      if (d) return d;
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    const d = isoDay(t.getAttribute('datetime'));
    if (d && (t.getAttribute('itemprop') === 'datePublished' || t.getAttribute('pubdate') !== null)) return d;
  }
  if (times.length) return isoDay(times[0].getAttribute('datetime'));
  return undefined;
}
