import { expect, test } from 'vitest';
import { renderSvg } from '../../../src/export/render-svg';
import type { Scene } from '../../../src/export/scene';

const scene = (text: string): Scene => ({
  width: 100,
  height: 40,
  background: '#ffffff',
  items: [{ kind: 'group', x: 5, y: 5, clip: { width: 90, height: 30 }, items: [{ kind: 'text', x: 0, y: 12, text, size: 12, fill: '#111' }] }],
});

test('renders text as escaped text, never as markup', () => {
  const svg = renderSvg(scene('<script>alert("x")</script> & co'), null);
  expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  expect(svg).not.toContain('<script>');
});

test('embeds both font weights when given', () => {
  const svg = renderSvg(scene('a'), { regular: 'AAAA', bold: 'BBBB' });
  expect(svg).toContain("font-weight:400;src:url(data:font/woff2;base64,AAAA)");
  expect(svg).toContain("font-weight:700;src:url(data:font/woff2;base64,BBBB)");
});

test('clips a group to its box and gives the same string every time', () => {
  const svg = renderSvg(scene('a'), null);
  expect(svg).toContain('<clipPath id="clip-0"><rect width="90" height="30"/></clipPath>');
  expect(renderSvg(scene('a'), null)).toBe(svg);
});
