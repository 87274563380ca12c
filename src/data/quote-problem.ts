import type { Evidence, Span } from './schema';

/** Why a quote or span does not stand verbatim at its offsets in its source; undefined when it does. */
export function quoteProblem(item: Evidence | Span, text: string | undefined): string | undefined {
  if (text === undefined) return undefined; // reported once, on the source itself
  const isQuote = 'quote' in item;
  const words = isQuote ? item.quote : item.text;
  if (item.end <= item.start) return `end ${item.end} is not after start ${item.start}`;
  if (text.slice(item.start, item.end) === words) return undefined;
  const found = text.indexOf(words);
  if (found === -1) return `${isQuote ? 'quote' : 'text'} not found verbatim in source "${item.sourceId}": "${abbreviate(words)}"`;
  // A quote is long and named by its record; a span's few words are named here.
  return `${isQuote ? 'quote' : `text "${abbreviate(words)}"`} is in source "${item.sourceId}" at ${found}–${found + words.length}, not at ${item.start}–${item.end}`;
}

function abbreviate(quote: string): string {
  return quote.length > 60 ? `${quote.slice(0, 57)}…` : quote;
}
