/**
 * Synthetic long articles for the end-to-end benchmark: filler prose with no
 * model names or numbers, and claim sentences spread evenly through it.
 */

const WORDS = (
  'the a of and to in that it with as for on was is by this from at be an which or have not are were ' +
  'more about their its than other some into these only over such most also after when can new could ' +
  'would them first time may what two out because used very many those where been through while much ' +
  'team report readers argue launch release model training data results review open weights benchmark ' +
  'evaluation community researchers developers lab cluster research paper blog week month quarter careful ' +
  'numbers figures questions answers context reasoning coding writing users prompt response quality speed ' +
  'cost latency memory hardware software vendor license deployment inference serving provider chart table'
).split(' ');

const CLAIMS = [
  'Llama 4 Maverick routes each token through 17B active parameters.',
  'Llama 4 Scout has 109B total parameters.',
  'Maverick scored 1417 on LMArena in the first week.',
  'Meta says Llama 4 Scout supports a 10M-token context window.',
  'OpenAI reports that GPT-4o (2024-08-06) scores 88.7% on MMLU.',
  'DeepSeek-V3 has 671B total parameters.',
  'DeepSeek-V3 was pre-trained on 14.8T tokens.',
  'Claude 3.7 Sonnet scores 79.7% on GPQA Diamond.',
  'Llama 4 Maverick draws on 128 experts.',
  'Mistral Small 3.1 has 24B parameters.',
];

/** Deterministic pseudo-random words, so every run measures the same page. */
function filler(count: number, seed: number): string {
  let x = seed >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push(WORDS[(x >>> 0) % WORDS.length]!);
    if (i % 14 === 13) out[out.length - 1] += '.';
  }
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** An article of about `totalWords` words carrying `claims` claim sentences. */
export function syntheticArticle(totalWords: number, claims: number, title: string): string {
  const paraWords = 100;
  const paras = Math.ceil(totalWords / paraWords);
  const every = Math.max(1, Math.floor(paras / claims));
  const body: string[] = [];
  let placed = 0;
  let written = 0;
  for (let p = 0; p < paras; p++) {
    let text = '';
    if (p % every === 0 && placed < claims) {
      const claim = CLAIMS[placed % CLAIMS.length]!;
      placed++;
      text = filler(paraWords - words(claim), p + 1) + ' ' + claim;
    } else {
      text = filler(paraWords, p + 1);
    }
    written += words(text);
    body.push(`<p>${text}</p>`);
    if (p % 12 === 11) body.push(`<h2>Section ${Math.ceil(p / 12)}</h2>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2025-08-20T09:00:00Z"></head>
<body><article><h1>${title}</h1>
<p>Llama 4 arrived in April; this long read revisits its numbers and its rivals.</p>
${body.join('\n')}
</article><!-- ${written} words, ${placed} claim sentences --></body></html>`;
}
