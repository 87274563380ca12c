import { expect, test } from 'vitest';
import { toCsv } from '../../../src/export/to-csv';

test('writes a header and rows, CRLF-separated, after a byte-order mark', () => {
  expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
});

test('quotes fields with commas, quotes or line breaks, doubling quotes', () => {
  expect(toCsv(['q'], [['« la Ceinture, la Route »'], ['dit "oui"'], ['deux\nlignes']])).toBe(
    '\uFEFFq\r\n"« la Ceinture, la Route »"\r\n"dit ""oui"""\r\n"deux\nlignes"\r\n',
  );
});

test('keeps text that starts like a formula as text', () => {
  expect(toCsv(['t'], [['=HYPERLINK("x")']])).toBe('\uFEFFt\r\n"\'=HYPERLINK(""x"")"\r\n');
});

test('keeps every formula opener as text: =, +, - and @', () => {
  expect(toCsv(['t'], [['+1+1'], ['-2'], ['@SUM(A1)'], ['a=b']])).toBe("\uFEFFt\r\n'+1+1\r\n'-2\r\n'@SUM(A1)\r\na=b\r\n");
});

test('quotes a field holding a bare carriage return, so no spreadsheet splits the row', () => {
  expect(toCsv(['t'], [['one\rtwo']])).toBe('\uFEFFt\r\n"one\rtwo"\r\n');
});
