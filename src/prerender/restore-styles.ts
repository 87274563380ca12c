/**
 * The build moved the drawn view's style attributes into a stylesheet (scripts/prerender.ts), as
 * the page's content security policy refuses them in HTML. Before hydrating, each element gets its
 * rule back as its own style, set from script as React sets styles, so the page is what React
 * would have drawn; the stylesheet is then removed. False where the stylesheet did not arrive (or
 * lacks a rule): the page is then drawn afresh rather than taken over half-styled.
 */
export function restorePrerenderedStyles(root: HTMLElement): boolean {
  const link = prerenderedStyles();
  const rules = new Map<string, CSSStyleDeclaration>();
  for (const rule of link?.sheet?.cssRules ?? []) {
    const index = rule instanceof CSSStyleRule ? /^\[data-ps="(\d+)"\]$/.exec(rule.selectorText)?.[1] : undefined;
    if (index !== undefined && rule instanceof CSSStyleRule) rules.set(index, rule.style);
  }
  const styled = [...root.querySelectorAll<HTMLElement | SVGElement>('[data-ps]')];
  if (!styled.every((element) => rules.has(element.dataset.ps ?? ''))) return false;
  for (const element of styled) {
    const style = rules.get(element.dataset.ps ?? '');
    for (const property of style ?? []) element.style.setProperty(property, style?.getPropertyValue(property) ?? '');
    element.removeAttribute('data-ps');
  }
  link?.remove();
  return true;
}

const prerenderedStyles = () => document.querySelector<HTMLLinkElement>('link[data-prerendered-styles]');

/** Removes the drawn view's stylesheet, where the page is drawn afresh instead of taken over. */
export function dropPrerenderedStyles(): void {
  prerenderedStyles()?.remove();
}
