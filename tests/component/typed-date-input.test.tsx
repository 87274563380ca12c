import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test } from 'vitest';
import { CODING_MESSAGES } from '../../src/coding/coding-messages';
import { TypedDateInput } from '../../src/coding/typed-date-input';
import type { Language } from '../../src/i18n/language';

/** The field as a form holds it: the ISO date it was last given, shown under the field. */
function Form({ language, initial = '' }: { language: Language; initial?: string }) {
  const [day, setDay] = useState(initial);
  return (
    <>
      <TypedDateInput label="Day" value={day} t={CODING_MESSAGES[language]} onChange={setDay} />
      <output>{day === '' ? 'no day' : day}</output>
      <button type="button">elsewhere</button>
    </>
  );
}

test('an empty field shows nothing but how to write a date: no day is taken for chosen', () => {
  render(<Form language="en" />);
  const field = screen.getByRole('textbox', { name: 'Day' });
  expect(field).toHaveValue('');
  expect(field).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  expect(screen.getByRole('status')).toHaveTextContent('no day');
});

test('a day typed day first is held as its ISO date, and shown the way the interface writes dates once left', async () => {
  const user = userEvent.setup();
  render(<Form language="fr" />);
  const field = screen.getByRole('textbox', { name: 'Day' });
  await user.type(field, '26/04/2023');
  expect(screen.getByRole('status')).toHaveTextContent('2023-04-26');
  await user.click(screen.getByRole('button', { name: 'elsewhere' }));
  expect(field).toHaveValue('26 avr. 2023');
});

test('a date already held is shown in words, and emptying the field removes it', async () => {
  const user = userEvent.setup();
  render(<Form language="en" initial="2024-03-01" />);
  const field = screen.getByRole('textbox', { name: 'Day' });
  expect(field).toHaveValue('1 Mar 2024');
  await user.clear(field);
  expect(screen.getByRole('status')).toHaveTextContent('no day');
  await user.click(screen.getByRole('button', { name: 'elsewhere' }));
  expect(field).toHaveValue('');
});

test('what is not a date says how to write one once the field is left, keeps the words typed, and keeps the day held', async () => {
  const user = userEvent.setup();
  render(<Form language="en" initial="2023-04-26" />);
  const field = screen.getByRole('textbox', { name: 'Day' });
  await user.clear(field);
  await user.type(field, '31/02/2023');
  expect(screen.queryByRole('alert')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'elsewhere' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Write a date as 26 Apr 2023 or 26/04/2023');
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription('Write a date as 26 Apr 2023 or 26/04/2023');
  expect(field).toHaveValue('31/02/2023');
  // Cleared first, the field held no day; the impossible one typed after it is not taken.
  expect(screen.getByRole('status')).toHaveTextContent('no day');
});
