import type { Verdict } from './types';

/**
 * schema.org ClaimReview `reviewRating`: `alternateName` is the human label, `ratingValue` sits on a
 * 1 (false) … 5 (true) scale with worstRating 1 and bestRating 5.
 */
export const CLAIM_REVIEW: Record<Verdict, { alternateName: string; ratingValue: number }> = {
  supported: { alternateName: 'True', ratingValue: 5 },
  close: { alternateName: 'Mostly true', ratingValue: 4 },
  outdated: { alternateName: 'Outdated', ratingValue: 3 },
  disputed: { alternateName: 'Disputed', ratingValue: 3 },
  unverified: { alternateName: 'Unverified', ratingValue: 3 },
  misleading: { alternateName: 'Misleading', ratingValue: 2 },
  contradicted: { alternateName: 'False', ratingValue: 1 },
};

export function claimReviewFor(verdict: Verdict): { alternateName: string; ratingValue: number } {
  return { ...CLAIM_REVIEW[verdict] };
}

/** A full schema.org ClaimReview object (JSON-LD), for export or a page's structured data. */
export function toClaimReviewJsonLd(args: {
  verdict: Verdict;
  claimText: string;
  explanation: string;
  url?: string;
  datePublished?: string;
}): Record<string, unknown> {
  const r = CLAIM_REVIEW[args.verdict];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: args.claimText,
    ...(args.url ? { url: args.url } : {}),
    ...(args.datePublished ? { datePublished: args.datePublished } : {}),
    author: { '@type': 'Organization', name: 'Claimcheck' },
    reviewBody: args.explanation,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: r.ratingValue,
      bestRating: 5,
      worstRating: 1,
      alternateName: r.alternateName,
    },
  };
}
