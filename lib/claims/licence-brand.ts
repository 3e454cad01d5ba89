/**
 * A licence named for a model line ("Llama 4 Community License", "DeepSeek License Agreement", "Gemma
 * Terms of Use") cannot be the licence of a model from ANOTHER such line: "Mistral Small 3.1 is Apache
 * 2.0, which we liked more than the Llama 4 Community License" gives the Llama licence to no one. Only the
 * brands the licence reader itself knows are compared (a model without any of them, e.g. a fine-tune
 * of Llama under its licence, is left alone).
 */
const BRANDS: readonly [RegExp, string][] = [
  [/\bllama\b/, 'llama'],
  [/\bgemma\b/, 'gemma'],
  [/\b(?:qwen|tongyi qianwen)\b/, 'qwen'],
  [/\bdeepseek\b/, 'deepseek'],
  [/\bfalcon\b/, 'falcon'],
  [/\bmistral\b/, 'mistral'],
];

function brandsOf(text: string): string[] {
  const t = text.toLowerCase();
  return BRANDS.filter(([re]) => re.test(t)).map(([, b]) => b);
}

/** True when the licence is named for one model line and the model (by its names) belongs to another. */
export function licenceBrandClash(licenceName: string, ...modelNames: string[]): boolean {
  const lb = brandsOf(licenceName);
  if (lb.length !== 1) return false;
  const mb = brandsOf(modelNames.join(' ').replace(/-/g, ' '));
  return mb.length > 0 && !mb.includes(lb[0]);
}
