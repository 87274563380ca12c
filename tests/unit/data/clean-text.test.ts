import { describe, expect, test } from 'vitest';
import { cleanDatasetText, cleanText } from '../../../src/data/clean-text';
import { makeDataset } from '../../fixtures/make-dataset';
import { toCsv } from '../../../src/export/to-csv';

describe('cleanText', () => {
  test('replaces controls that XML refuses and bidi overrides, keeping tabs, line breaks and every letter', () => {
    expect(cleanText('Tashkent\u000Bplan')).toBe('Tashkent\uFFFDplan');
    expect(cleanText('a\u0000b\u001Fc\u007Fd\u0085e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(cleanText('\u202Egnirts\u202C and \u2066iso\u2069')).toBe('\uFFFDgnirts\uFFFD and \uFFFDiso\uFFFD');
    expect(cleanText('Kyrgyzstan\t« Xi’an »\r\nОш 奥什 🇰🇿')).toBe('Kyrgyzstan\t« Xi’an »\r\nОш 奥什 🇰🇿');
  });

  test('CSV fields are cleaned the same way', () => {
    expect(toCsv(['Title'], [['Build\u000Ba \u202Eroad']])).toBe('\uFEFFTitle\r\nBuild\uFFFDa \uFFFDroad\r\n');
  });
});

describe('cleanDatasetText', () => {
  test('cleans every label of a dataset, however deep, and keeps its numbers, nulls and flags', () => {
    const dataset = makeDataset();
    dataset.title.en = 'Fixture \u202Edaor\u202C dashboard';
    dataset.countries[1]!.sourceSpellings = ['Kazakh\u0007stan', 'Qazaqstan'];
    dataset.commitments[0]!.evidence[0]!.translations = { en: 'Energy\u0000 and trade' };
    const before = structuredClone(dataset);
    const cleaned = cleanDatasetText(dataset);
    expect(cleaned).toBe(dataset);
    expect(cleaned.title).toEqual({ en: 'Fixture \uFFFDdaor\uFFFD dashboard', fr: 'Tableau de test' });
    expect(cleaned.countries[1]!.sourceSpellings).toEqual(['Kazakh\uFFFDstan', 'Qazaqstan']);
    expect(cleaned.commitments[0]!.evidence[0]!.translations).toEqual({ en: 'Energy\uFFFD and trade' });
    // Everything else as it was: offsets, coordinates, nulls, numbers.
    expect(cleaned.places[0]!.coordinates).toEqual([108.94, 34.34]);
    expect(cleaned.sources[0]!.published).toBeNull();
    expect(cleaned.meetings[0]!.seriesNumber).toBe(1);
    expect(cleaned.commitments[0]!.evidence[0]!.start).toBe(before.commitments[0]!.evidence[0]!.start);
    expect({ ...cleaned, title: before.title, countries: before.countries, commitments: before.commitments }).toEqual(before);
  });

  test('cleans source texts one character for one, so every offset still points where it did', () => {
    const texts = { a: 'Le 1er mars\u202E 2024, Xi’an.\n', b: 'Tab\there, nothing to clean.' };
    const cleaned = cleanDatasetText(texts);
    expect(cleaned).toEqual({ a: 'Le 1er mars\uFFFD 2024, Xi’an.\n', b: 'Tab\there, nothing to clean.' });
    expect(cleaned.a.indexOf('Xi’an')).toBe('Le 1er mars\u202E 2024, Xi’an.\n'.indexOf('Xi’an'));
  });

  test('cleans a list of labels, and leaves text, numbers and nothing alone', () => {
    expect(cleanDatasetText(['a\u2066b', ['c\u0085'], 3, null, true, undefined])).toEqual(['a\uFFFDb', ['c\uFFFD'], 3, null, true, undefined]);
    expect(cleanDatasetText({ label: 'd\u202Ae', meetingId: undefined })).toEqual({ label: 'd\uFFFDe', meetingId: undefined });
    expect(cleanDatasetText(null)).toBeNull();
    expect(cleanDatasetText(7)).toBe(7);
  });
});
