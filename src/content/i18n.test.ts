import { expect, test } from 'vitest';
import { getInstalled } from './journey-data.ts';
import { formatNumber, t, toSearchText, tParts } from './i18n.ts';

const messages = getInstalled().bundle.messages;

test('a string fills its {placeholders} from the params', () => {
  const template = messages.app!.documentTitle!;
  expect(t('app.documentTitle', { title: 'Glossary' })).toBe(
    template.replace('{title}', 'Glossary'),
  );
});

test('a count picks the plural form by the language rules and is formatted', () => {
  const { termCount_one: one, termCount_other: other } = messages.glossary!;
  expect(t('glossary.termCount', { count: 1 })).toBe(
    one!.replace('{count}', '1'),
  );
  expect(t('glossary.termCount', { count: 1200 })).toBe(
    other!.replace('{count}', formatNumber(1200)),
  );
});

test('numbers read as the Intl number format writes them, small ones without building it', () => {
  const { locale, bundle } = getInstalled();
  expect(bundle.digits).toHaveLength(10);
  const format = new Intl.NumberFormat(locale.intl);
  for (const value of [0, 7, 36, 999, 1000, 1200, 2.5, -3])
    expect(formatNumber(value)).toBe(format.format(value));
});

test('tParts puts elements into the slots of a string, in its word order', () => {
  const link = { element: 'link' };
  const parts = tParts('app.documentTitle', { title: link });
  expect(parts).toContain(link);
  expect(parts.filter((part) => typeof part === 'string').join('')).toBe(
    messages.app!.documentTitle!.replace('{title}', ''),
  );
});

test('search text ignores case and accents, so "medula" finds "Médula"', () => {
  expect(toSearchText('Médula ÓSEA')).toBe(toSearchText('medula osea'));
  expect(toSearchText('Médula')).toBe('medula');
});
