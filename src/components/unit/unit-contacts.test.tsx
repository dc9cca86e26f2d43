import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { UnitProfile } from '#src/content/schema.ts';
import { currentLocale } from '#src/content/i18n.ts';
import { journey } from '#src/content/journey.ts';
import { UnitContacts } from './unit-contacts.tsx';

const phaseId = journey.phases[0]!.id;

const NOTE = 'Come to the day unit on floor 3.';

const PROFILE: UnitProfile = {
  unitName: 'Ward 7',
  dayPhone: '+1 (555) 010-0200',
  dayHours: 'Monday to Friday, 8 am to 5 pm',
  afterHoursPhone: '555 0100 999',
  feverTemperature: { value: 100.4, unit: 'F' },
  phaseNotes: { [phaseId]: NOTE },
};

test('without a profile it asks the family to get the numbers from their care team', () => {
  render(<UnitContacts profile={{}} phaseId={phaseId} />);
  expect(
    screen.getByText(/Ask your care team for these numbers/),
  ).toBeInTheDocument();
  expect(screen.queryByRole('link')).not.toBeInTheDocument();
});

test('a profile shows the unit, both numbers as phone links, the fever temperature and the phase note', () => {
  render(<UnitContacts profile={PROFILE} phaseId={phaseId} />);
  expect(screen.getByText(`Your care team: ${PROFILE.unitName}`)).toBeVisible();
  expect(screen.getByRole('link', { name: PROFILE.dayPhone })).toHaveAttribute(
    'href',
    'tel:+15550100200',
  );
  expect(
    screen.getByRole('link', { name: PROFILE.afterHoursPhone }),
  ).toHaveAttribute('href', 'tel:5550100999');
  expect(screen.getByText('100.4 °F')).toBeInTheDocument();
  expect(screen.getByText(NOTE)).toBeInTheDocument();
});

test("a unit's words given per language show in the page's language, and words only in another language are marked with it", () => {
  render(
    <UnitContacts
      profile={{
        unitName: { [currentLocale.code]: 'Ward 7', xx: 'Sala 7' },
        phaseNotes: { [phaseId]: { xx: 'Piso 3.' } },
      }}
      phaseId={phaseId}
    />,
  );
  expect(screen.getByText('Ward 7', { exact: false })).toBeVisible();
  expect(screen.queryByText('Sala 7', { exact: false })).toBeNull();
  expect(screen.getByText('Piso 3.')).toHaveAttribute('lang', 'xx');
});

test('a field the unit left out reads "Ask your care team", never a made-up value', () => {
  render(<UnitContacts profile={{ dayPhone: '555 0100 200' }} />);
  expect(screen.getByRole('link', { name: '555 0100 200' })).toBeVisible();
  expect(screen.getAllByText('Ask your care team')).toHaveLength(2);
});
