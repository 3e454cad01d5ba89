/**
 * Markdown (as in model cards and READMEs) to a simple HTML string for the CLI,
 * so its pipe tables, headings, lists and embedded HTML tables are read as
 * structure instead of one long paragraph. Not a full CommonMark renderer:
 * only what claims depend on. Code fences become <pre> (skipped by the engine).
 */

const escape = (s: string) =>
  s
    .replace(/&(?![a-z#0-9]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** Inline text: drop emphasis markers and link targets, keep the words. */
function inline(s: string): string {
  const noLinks = s.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return escape(noLinks.replace(/\*\*|__/g, '')).replace(/`([^`]*)`/g, '<code>$1</code>');
}

function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cur = '';
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && body[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (body[i] === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += body[i];
  }
  cells.push(cur.trim());
  return cells;
}

export function markdownToHtml(md: string): string {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let para: string[] = [];
  let list = false;
  const flush = () => {
    if (para.length) out.push(`<p>${para.map(inline).join(' ')}</p>`);
    para = [];
    if (list) out.push('</ul>');
    list = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      const fence = line.trim().slice(0, 3);
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith(fence); i++) code.push(lines[i]);
      out.push(`<pre>${escape(code.join('\n'))}</pre>`);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (/^\s*</.test(line)) {
      // embedded HTML (tables, divs, details) passes through untouched
      flush();
      out.push(line);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      const rows: string[][] = [];
      let header = false;
      for (; i < lines.length && /^\s*\|/.test(lines[i]); i++) {
        if (/^\s*\|?\s*:?-{2,}/.test(lines[i])) {
          header = rows.length === 1;
          continue;
        }
        rows.push(splitRow(lines[i]));
      }
      i--;
      const html = rows.map((r, k) => {
        const tag = header && k === 0 ? 'th' : 'td';
        return `<tr>${r.map((c) => `<${tag}>${inline(c)}</${tag}>`).join('')}</tr>`;
      });
      out.push(`<table>${html.join('')}</table>`);
      continue;
    }
    const h = /^\s*(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      flush();
      out.push(`<h${h[1].length}>${inline(h[2])}</h${h[1].length}>`);
      continue;
    }
    const li = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (li) {
      if (para.length) {
        out.push(`<p>${para.map(inline).join(' ')}</p>`);
        para = [];
      }
      if (!list) out.push('<ul>');
      list = true;
      out.push(`<li>${inline(li[1])}</li>`);
      continue;
    }
    para.push(line.trim());
  }
  flush();
  return `<!doctype html><html><head></head><body>${out.join('\n')}</body></html>`;
}
