import { currentLocale, t, tParts } from '#src/content/i18n.ts';
import type { UnitProfile, UnitText } from '#src/content/schema.ts';
import { getUnitProfile } from '#src/content/journey.ts';
import { sourceLocale } from '#src/content/locale-path.ts';

type UnitContactsProps = {
  /** Adds the unit's local note for this phase, if it gave one. */
  phaseId?: string;
  /** Defaults to the profile the build was made with. */
  profile?: UnitProfile;
};

/** `+1 (555) 010-0200` → `tel:+15550100200` */
function telHref(number: string) {
  return `tel:${number.replace(/[^+0-9]/g, '')}`;
}

function PhoneValue({ number }: { number: string | undefined }) {
  return number ? <a href={telHref(number)}>{number}</a> : <>{t('unit.ask')}</>;
}

/**
 * A unit's own words in the page's language if the unit wrote them in it,
 * else in the source language, else in the first language it gave. Words
 * in another language than the page's carry their own `lang`, so a screen
 * reader pronounces them right.
 */
function UnitWords({ text }: { text: UnitText }) {
  if (typeof text === 'string') return <>{text}</>;
  const code =
    [currentLocale.code, sourceLocale.code].find((code) => code in text) ??
    Object.keys(text)[0]!;
  return code === currentLocale.code ? (
    <>{text[code]}</>
  ) : (
    <span lang={code}>{text[code]}</span>
  );
}

/**
 * Who to call and at what temperature, as the hospital unit states it.
 * Anything the unit did not give reads "Ask your care team": the app never
 * invents a number. Used in "when to call" and the printed handout.
 */
export function UnitContacts({
  phaseId,
  profile = getUnitProfile(),
}: UnitContactsProps) {
  const note = phaseId ? profile.phaseNotes?.[phaseId] : undefined;
  const fever = profile.feverTemperature;
  const hasAny =
    profile.dayPhone !== undefined ||
    profile.afterHoursPhone !== undefined ||
    fever !== undefined;
  return (
    <div className="unit-contacts">
      <p className="unit-contacts-title">
        <strong>
          {profile.unitName
            ? tParts('unit.titleWithUnit', {
                unit: <UnitWords key="unit" text={profile.unitName} />,
              })
            : t('unit.title')}
        </strong>
      </p>
      {hasAny ? (
        <dl className="unit-contacts-list">
          <div>
            <dt>
              {profile.dayHours
                ? tParts('unit.dayPhoneWithHours', {
                    hours: <UnitWords key="hours" text={profile.dayHours} />,
                  })
                : t('unit.dayPhone')}
            </dt>
            <dd>
              <PhoneValue number={profile.dayPhone} />
            </dd>
          </div>
          <div>
            <dt>{t('unit.afterHoursPhone')}</dt>
            <dd>
              <PhoneValue number={profile.afterHoursPhone} />
            </dd>
          </div>
          <div>
            <dt>{t('unit.feverLabel')}</dt>
            <dd>
              {fever
                ? t('unit.feverValue', { value: fever.value, unit: fever.unit })
                : t('unit.ask')}
            </dd>
          </div>
        </dl>
      ) : (
        <p>{t('unit.noContacts')}</p>
      )}
      {note ? (
        <p className="unit-contacts-note">
          <UnitWords text={note} />
        </p>
      ) : null}
    </div>
  );
}
