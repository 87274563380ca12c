import { describe, expect, test } from 'vitest';
import { corpusKindOf } from '../../../src/data/corpus-schema';

describe('corpusKindOf', () => {
  test('tells a manifest, a registry and a readout by their "kind"', () => {
    expect(corpusKindOf({ kind: 'corpus' })).toBe('corpus');
    expect(corpusKindOf({ kind: 'registry' })).toBe('registry');
    expect(corpusKindOf({ kind: 'readout' })).toBe('readout');
  });

  test('takes a file of any other kind, or none, for a whole dataset', () => {
    expect(corpusKindOf({ schemaVersion: 3, title: { en: 'Dataset', fr: 'Jeu de données' } })).toBeUndefined();
    expect(corpusKindOf({ kind: 'dataset' })).toBeUndefined();
    expect(corpusKindOf(null)).toBeUndefined();
    expect(corpusKindOf('readout')).toBeUndefined();
  });
});
