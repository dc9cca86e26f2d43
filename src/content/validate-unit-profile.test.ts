import { expect, test } from 'vitest';
import { formatIssues, validateUnitProfile } from './validate.ts';

const PHASE_IDS = new Set(['induction', 'maintenance']);
const LOCALE_CODES = new Set(['en', 'es']);

function checkProfile(profile: unknown, file?: string) {
  const result = validateUnitProfile(
    JSON.stringify(profile),
    PHASE_IDS,
    LOCALE_CODES,
    file,
  );
  return result.ok ? '' : formatIssues(result.issues);
}

function makeUnitProfile(overrides: Record<string, unknown> = {}) {
  return {
    unitName: 'Ward 7',
    dayPhone: '+1 (555) 010-0200',
    afterHoursPhone: '555 0100 999',
    dayHours: 'Monday to Friday, 8 am to 5 pm',
    feverTemperature: { value: 100.4, unit: 'F' },
    phaseNotes: { maintenance: 'Clinic is on Tuesdays.' },
    ...overrides,
  };
}

test('an empty unit profile (the default) is valid: every field is optional', () => {
  expect(checkProfile({})).toBe('');
});

test('a complete unit profile is valid', () => {
  expect(checkProfile(makeUnitProfile())).toBe('');
});

test('a unit profile note for an unknown phase names the file, path and a suggestion', () => {
  expect(
    checkProfile(
      makeUnitProfile({ phaseNotes: { maintenence: 'Tuesdays.' } }),
      '/units/ward-7.json',
    ),
  ).toBe(
    '/units/ward-7.json: phaseNotes.maintenence: unknown phase "maintenence" (did you mean "maintenance"?)',
  );
});

test.each([
  [{ dayPhone: 'call the ward' }, 'dayPhone', 'must be a phone number'],
  [{ afterHoursPhone: 5550100 }, 'afterHoursPhone', ''],
  [{ feverTemperature: { value: 38 } }, 'feverTemperature.unit', ''],
  [
    { feverTemperature: { value: 38, unit: 'F' } },
    'feverTemperature.value',
    '38 °F is not a plausible fever temperature',
  ],
  [
    { feverTemperature: { value: 100.4, unit: 'C' } },
    'feverTemperature.value',
    '100.4 °C is not a plausible fever temperature',
  ],
  [{ feverTemperature: { value: 38, unit: 'K' } }, 'feverTemperature.unit', ''],
  [{ unitName: '' }, 'unitName', 'must not be empty'],
  [{ phaseNotes: { maintenance: '' } }, 'phaseNotes.maintenance', ''],
])(
  'a malformed unit profile %j is rejected at %s',
  (override, path, message) => {
    const result = checkProfile(makeUnitProfile(override));
    expect(result).toContain(`data/unit-profile.json: ${path}: ${message}`);
  },
);

test("a unit's name, hours and notes may be given per language", () => {
  expect(
    checkProfile(
      makeUnitProfile({
        dayHours: { en: 'Weekdays, 8 to 5', es: 'Entre semana, de 8 a 5' },
        phaseNotes: { maintenance: { es: 'La consulta es los martes.' } },
      }),
    ),
  ).toBe('');
});

test('a unit text in a language the app does not offer names the path and the languages it does', () => {
  expect(
    checkProfile(
      makeUnitProfile({ dayHours: { en: 'Weekdays', fr: 'Semaine' } }),
    ),
  ).toBe(
    'data/unit-profile.json: dayHours.fr: unknown language "fr" (the app offers en, es)',
  );
});

test('bedside mode may open in a language the app offers, and no other', () => {
  expect(checkProfile(makeUnitProfile({ bedsideLanguage: 'es' }))).toBe('');
  expect(checkProfile(makeUnitProfile({ bedsideLanguage: 'fr' }))).toBe(
    'data/unit-profile.json: bedsideLanguage: unknown language "fr" (the app offers en, es)',
  );
});

test.each([
  [{ dayHours: {} }, 'dayHours', 'at least one language'],
  [{ unitName: 7 }, 'unitName', 'must be text, or an object of texts'],
])('a malformed unit text %j is rejected at %s', (override, path, message) => {
  expect(checkProfile(makeUnitProfile(override))).toContain(
    `data/unit-profile.json: ${path}: `,
  );
  expect(checkProfile(makeUnitProfile(override))).toContain(message);
});

test('an unknown unit profile field is an error, not silently dropped', () => {
  expect(checkProfile({ nightPhone: '555 0100' })).toMatch(
    /data\/unit-profile\.json: .*nightPhone/,
  );
});

test('a unit profile that is not JSON names the file', () => {
  const result = validateUnitProfile('{"dayPhone": ', PHASE_IDS, LOCALE_CODES);
  expect(result.ok ? '' : formatIssues(result.issues)).toMatch(
    /^data\/unit-profile\.json: is not valid JSON/,
  );
});
