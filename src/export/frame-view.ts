import type { CapturedView } from './capture-view';

export interface Caption {
  /** The view's title. */
  title: string;
  /** The active filters in words. */
  filters: string;
  /** "Source: <title> (<date>)". */
  source: string;
  /** "<dashboard> · exported <date>". */
  footer: string;
}

/** The page's colours, as the view is drawn with them. */
export interface FrameColours {
  background: string;
  text: string;
  muted: string;
  rule: string;
}

export const FONT_FAMILY = 'Noto Sans';
const MARGIN = 24;

/**
 * Wraps a captured view in what makes it describe itself: a header with the view's title and
 * the filters in words, and a footer with what the view leaves out (rows beyond what it shows),
 * the source, the dashboard's name and the export date. It is laid out once in the page, out of
 * sight, to learn its height; the file is as large as what it holds.
 */
export function frameView(view: CapturedView, caption: Caption, note: string | null, colours: FrameColours): { node: HTMLElement; width: number; height: number } {
  const width = view.width + 2 * MARGIN;
  const frame = block(`width:${width}px;box-sizing:border-box;padding:${MARGIN}px;background-color:${colours.background};color:${colours.text};font-family:'${FONT_FAMILY}',sans-serif;font-size:14px;line-height:1.35`);
  frame.append(
    text(caption.title, 'font-size:20px;font-weight:700;margin:0 0 2px'),
    text(caption.filters, `color:${colours.muted}`),
    block(`border-top:1px solid ${colours.rule};margin:12px 0`),
    view.node,
    block(`border-top:1px solid ${colours.rule};margin:12px 0 6px`),
  );
  if (note) frame.append(text(note, 'font-size:12px;font-weight:700'));
  frame.append(text(caption.source, 'font-size:12px'), text(caption.footer, `font-size:12px;color:${colours.muted}`));

  // Laid out out of sight, with nothing of the page's own styles but what each element carries.
  const stage = block('position:fixed;left:-100000px;top:0;contain:layout');
  stage.appendChild(frame);
  document.body.appendChild(stage);
  view.settle();
  const height = Math.ceil(frame.getBoundingClientRect().height);
  stage.remove();
  return { node: frame, width, height };
}

function block(style: string): HTMLDivElement {
  const div = document.createElement('div');
  // Through the CSS object model: the page's policy refuses style attributes from markup.
  div.style.cssText = style;
  return div;
}

function text(content: string, style: string): HTMLDivElement {
  const div = block(style);
  div.textContent = content;
  return div;
}
