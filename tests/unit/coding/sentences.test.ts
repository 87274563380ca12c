import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../../../src/coding/sentences';

describe('sentences of a source', () => {
  test('cuts a French text into its sentences, with offsets into the whole text', () => {
    const sentences = sentencesOf('Première phrase. Deuxième.\nTroisième à Xi’an.', 'fr');
    expect(sentences.map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 16, 'Première phrase.'],
      [17, 26, 'Deuxième.'],
      [27, 45, 'Troisième à Xi’an.'],
    ]);
  });

  test('cuts an English text, leaving spaces around a sentence out of its offsets', () => {
    const text = '  On 5 December 2024, the meeting was held.  The ministers met again.\n\nIt ended.';
    const sentences = sentencesOf(text, 'en');
    expect(sentences.map((s) => s.text)).toEqual(['On 5 December 2024, the meeting was held.', 'The ministers met again.', 'It ended.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('finds the 30 sentences of the embedded readout, each its own words at its offsets', () => {
    const text = readFileSync('public/data/sources/2023-04-26-china-central-asia-fm-meeting.fr.txt', 'utf8');
    const sentences = sentencesOf(text, 'fr');
    expect(sentences).toHaveLength(30);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
