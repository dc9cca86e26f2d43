/**
 * The interface strings and formats of the page's language.
 *
 * `t('step.next')` looks a string up in data/ui/<area>.json (or the
 * translation's copy). `{name}` in a string is replaced from `params`; a
 * `count` param picks the plural form (`key_one`, `key_other`, …) with the
 * language's own plural rules. Numbers and dates go through Intl.
 */
import type appArea from '../../data/ui/app.json';
import type glossaryArea from '../../data/ui/glossary.json';
import type layoutArea from '../../data/ui/layout.json';
import type listenArea from '../../data/ui/listen.json';
import type myJourneyArea from '../../data/ui/my-journey.json';
import type panelsArea from '../../data/ui/panels.json';
import type presenterArea from '../../data/ui/presenter.json';
import type recapArea from '../../data/ui/recap.json';
import type safetyArea from '../../data/ui/safety.json';
import type stepArea from '../../data/ui/step.json';
import type timelineArea from '../../data/ui/timeline.json';
import type unitArea from '../../data/ui/unit.json';
import { getInstalled } from './journey-data.ts';

type SourceMessages = {
  app: typeof appArea;
  glossary: typeof glossaryArea;
  layout: typeof layoutArea;
  listen: typeof listenArea;
  'my-journey': typeof myJourneyArea;
  panels: typeof panelsArea;
  presenter: typeof presenterArea;
  recap: typeof recapArea;
  safety: typeof safetyArea;
  step: typeof stepArea;
  timeline: typeof timelineArea;
  unit: typeof unitArea;
};

type PluralBase<Key> =
  Key extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
    ? Base
    : Key;

/** 'area.key' for every string of data/ui/ (plural forms without suffix). */
export type MessageKey = {
  [
    Area in keyof SourceMessages
  ]: `${Area}.${PluralBase<keyof SourceMessages[Area] & string>}`;
}[keyof SourceMessages];

export type MessageParams = Record<string, string | number>;

const { locale, bundle } = getInstalled();

/** The language of the page (its code, name, Intl locale and direction). */
export const currentLocale = locale;

/** Builds an Intl object on first use: building one is slow, and start-up
 * needs none of them before the first page is on screen. */
function once<T>(build: () => T) {
  let value: T | undefined;
  return () => (value ??= build());
}

const pluralRules = once(() => new Intl.PluralRules(locale.intl));
const collator = once(
  () => new Intl.Collator(locale.intl, { sensitivity: 'base' }),
);

function lookup(key: string, count: number | undefined) {
  const dot = key.indexOf('.');
  const area = bundle.messages[key.slice(0, dot)];
  const name = key.slice(dot + 1);
  if (!area) return undefined;
  if (count !== undefined) {
    return (
      area[`${name}_${pluralRules().select(count)}`] ?? area[`${name}_other`]
    );
  }
  return area[name];
}

/** Small whole numbers ("week 2", "7 of 36") need no grouping, so they are
 * written with the digits the build found (readable-date.ts), sparing the
 * first Intl number format at start-up. */
export function formatNumber(value: number) {
  const text = String(value);
  const { digits } = bundle;
  return digits && /^\d{1,3}$/.test(text)
    ? text.replace(/\d/g, (digit) => digits[+digit]!)
    : // Rare (1,000 and up, fractions, below 0): not worth a kept format.
      value.toLocaleString(locale.intl);
}

/**
 * A YYYY-MM-DD date of the content, written for reading. The build writes
 * every date in the content (readable-date.ts), so the page formats none: the
 * first Intl date format costs a slow phone about 150 ms in one piece.
 */
export function formatDate(isoDate: string) {
  return bundle.dates?.[isoDate] ?? isoDate;
}

/**
 * The string for `key` in the page's language. A missing key shows the key
 * itself; the build's parity check means a valid build never has one.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const count = typeof params?.count === 'number' ? params.count : undefined;
  const text = lookup(key, count);
  if (text === undefined) return key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * Splits a string around `{name}` slots so a component can put elements
 * (links, emphasis) in them: t parts are strings, slots are `values[name]`.
 */
export function tParts<T>(
  key: MessageKey,
  values: Record<string, T>,
  params?: MessageParams,
): (string | T)[] {
  const text = t(key, params);
  return text
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      return slot !== undefined && slot in values ? values[slot]! : part;
    });
}

/** Compares text the way the page's language sorts it (accents aside). */
export function compareText(a: string, b: string) {
  return collator().compare(a, b);
}

/**
 * Text as search compares it: lower case by the page's language's rules and
 * without accents, so "medula" finds "médula" on a phone keyboard.
 */
export function toSearchText(text: string) {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase(locale.intl);
}
