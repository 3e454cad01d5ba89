/**
 * Heading levels for the section's model: "## Llama 4 Scout" / "### Specs" / "- 109B total
 * parameters". A deeper sub-heading that names no model is a part of its parent's section, so the
 * parent's model stays the section's; a heading at the parent's level or above (or one naming
 * models) starts a new section as before. Without levels (plain text input) nothing is kept. An h1
 * is the page's title, not a section: what it names is the page model's business (onePage).
 */
export interface SectionState {
  sectionModel: unknown;
  /** Level (1-6) of the heading that named the section's model. */
  sectionLevel?: number;
}

/** Whether a heading of `level` that names no model leaves the current section's model in place. */
export function subHeadingKeepsSection(ctx: SectionState, level: number | undefined): boolean {
  return (
    !!ctx.sectionModel &&
    level !== undefined &&
    ctx.sectionLevel !== undefined &&
    ctx.sectionLevel >= 2 &&
    level > ctx.sectionLevel
  );
}
