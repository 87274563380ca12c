/**
 * The build moved the drawn view's style attributes into a stylesheet (scripts/prerender.ts), as
 * the page's content security policy refuses them in HTML. Before hydrating, each element gets its
 * rule back as its own style, set from script as React sets styles, so the page is what React
 * would have drawn; the stylesheet is then removed.
 */
export function restorePrerenderedStyles(root: HTMLElement): void {
  const link = document.querySelector<HTMLLinkElement>('link[data-prerendered-styles]');
  const rules = new Map<string, CSSStyleDeclaration>();
  for (const rule of link?.sheet?.cssRules ?? []) {
    const index = rule instanceof CSSStyleRule ? /^\[data-ps="(\d+)"\]$/.exec(rule.selectorText)?.[1] : undefined;
    if (index !== undefined && rule instanceof CSSStyleRule) rules.set(index, rule.style);
  }
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>('[data-ps]')) {
    const style = rules.get(element.dataset.ps ?? '');
    if (!style) throw new Error(`the page's drawn view names a style (data-ps="${element.dataset.ps ?? ''}") its stylesheet does not have`);
    for (const property of style) element.style.setProperty(property, style.getPropertyValue(property));
    element.removeAttribute('data-ps');
  }
  link?.remove();
}
