import type { Browser } from 'playwright-core';

/**
 * An exported SVG as a readable outline, one element or text per line: tag, attributes and
 * styles sorted, numbers rounded to whole pixels (paths to tenths), the embedded fonts, the
 * export date and React's generated ids left out. Two exports of the same view in the same state give the same outline.
 */
export async function outlineSvg(browser: Browser, svg: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
    const lines = await page.evaluate(() => {
      const round = (value: string, digits: number) => value.replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toFixed(digits))));
      const out: string[] = [];
      const walk = (node: Node, depth: number) => {
        const indent = '  '.repeat(depth);
        if (node.nodeType === Node.TEXT_NODE) {
          const text = node.textContent?.replace(/\s+/g, ' ').trim();
          if (text) out.push(`${indent}"${text}"`);
          return;
        }
        if (!(node instanceof Element)) return;
        if (node.localName === 'style') {
          // The embedded fonts are left out; each style rule is a line.
          const rules = node.textContent.split('\n').filter((rule) => !rule.startsWith('@font-face'));
          // Declarations sorted: the order a rule's properties were written in draws nothing.
          const sorted = rules.map((rule) => rule.replace(/\{(.*)\}/, (_, body: string) => `{${body.split(/;\s*/).filter(Boolean).sort().join('; ')}}`));
          out.push(`${indent}<style>`, ...sorted.map((rule) => `${indent}  ${round(rule, 0)}`));
          return;
        }
        const attributes = node.getAttributeNames().filter((name) => name !== 'style' && name !== 'xmlns').sort()
          .map((name) => `${name}="${round(node.getAttribute(name) ?? '', name === 'd' || name === 'points' ? 1 : 0)}"`);
        const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
        const declarations = style ? [...style].sort().map((property) => `${property}:${round(style.getPropertyValue(property), 0)}`) : [];
        out.push(`${indent}<${node.localName}${attributes.length ? ` ${attributes.join(' ')}` : ''}>${declarations.length ? ` {${declarations.join('; ')}}` : ''}`);
        for (const child of node.childNodes) walk(child, depth + 1);
      };
      walk(document.documentElement, 0);
      return out;
    });
    // React's ids (useId) and recharts' own count the components in the order they first drew:
    // they say nothing about the picture, and differ with what was drawn before.
    return `${lines.join('\n')}\n`.replace(/(exported|exporté le) \d{1,2} [^\s"]+ \d{4}/g, '$1 <date>').replace(/_r_[0-9a-z]+_/g, '_r_<id>_').replace(/recharts\d+-/g, 'recharts<n>-');
  } finally {
    await page.close();
  }
}

/** The first line where two outlines differ, with its number and both versions; null if none. */
export function firstDifference(expected: string, actual: string): string | null {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  expected: ${a[i]?.trim() ?? '(end of file)'}\n  exported: ${b[i]?.trim() ?? '(end of file)'}`;
  }
  return null;
}
