import { describe, expect, test } from 'vitest';
import { cleanText } from '../../../src/data/clean-text';
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
