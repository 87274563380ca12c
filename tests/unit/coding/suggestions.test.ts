import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../../../src/coding/sentences';
import { suggestCountries, suggestCues, suggestStated } from '../../../src/coding/suggestions';
import { parseDataset } from '../../../src/data/parse-dataset';

const dataset = parseDataset(readFileSync('public/data/dataset.json', 'utf8'), 'dataset.json');
const text = readFileSync('public/data/sources/2023-04-26-china-central-asia-fm-meeting.fr.txt', 'utf8');
const sentences = sentencesOf(text, 'fr');
const sentence = (opening: string) => sentences.find((s) => s.text.startsWith(opening))!;

describe('what the coding form offers from a passage\'s words', () => {
  test('the countries it names, by every spelling the registry records (Kirghizstan as Kirghizistan)', () => {
    expect(suggestCountries(sentence('La Chine et le Kazakhstan profiteront').text, dataset)).toEqual(['CHN', 'KAZ']);
    expect(suggestCountries(sentence('En outre, le Kirghizistan').text, dataset)).toEqual(['CHN', 'KGZ', 'UZB']);
  });

  test('the words that mark a strength, at their offsets in the text', () => {
    const s = sentence('Elle soutiendra fermement');
    const cues = suggestCues(text, s);
    expect(cues.map((c) => [c.word.quote, c.strength])).toEqual([['soutiendra', 'undertaking'], ['fermement', 'firm'], ['s’opposera', 'undertaking'], ['résolument', 'firm']]);
    for (const c of cues) expect(text.slice(c.word.start, c.word.end)).toBe(c.word.quote);
    expect(suggestCues(text, sentence('Les deux parties doivent prendre')).map((c) => c.word.quote)).toEqual(['doivent']);
  });

  test('a date: the day the text spells out, with where its words stand, or none', () => {
    const source = { id: 'xian-2023-fm-readout', date: '2023-04-26' };
    const stated = suggestStated(text, sentence('La Chine et le Kazakhstan profiteront'), source);
    expect(stated).toMatchObject({ start: '2023-04-26', end: '2023-04-26', precision: 'day', wording: 'Le 26 avril 2023', wordingAt: { sourceId: source.id, start: 0, end: 16 } });
    expect(suggestStated('Les parties agiront cette année.', { start: 0, end: 32 }, source)).toMatchObject({ start: '2023-01-01', end: '2023-12-31', precision: 'year', wording: 'cette année' });
    expect(suggestStated('Les parties agiront.', { start: 0, end: 20 }, source)).toBeNull();
  });
});
