import type { UnitProfile } from '#src/content/schema.ts';
import { getUnitProfile } from '#src/content/journey.ts';

type UnitContactsProps = {
  /** Adds the unit's local note for this phase, if it gave one. */
  phaseId?: string;
  /** Defaults to the profile the build was made with. */
  profile?: UnitProfile;
};

const ASK = 'Ask your care team';

/** `+1 (555) 010-0200` → `tel:+15550100200` */
function telHref(number: string) {
  return `tel:${number.replace(/[^+0-9]/g, '')}`;
}

function PhoneValue({ number }: { number: string | undefined }) {
  return number ? <a href={telHref(number)}>{number}</a> : <>{ASK}</>;
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
            ? `Your care team: ${profile.unitName}`
            : 'Your care team'}
        </strong>
      </p>
      {hasAny ? (
        <dl className="unit-contacts-list">
          <div>
            <dt>
              Daytime phone
              {profile.dayHours ? ` (${profile.dayHours})` : null}
            </dt>
            <dd>
              <PhoneValue number={profile.dayPhone} />
            </dd>
          </div>
          <div>
            <dt>Evenings, nights, weekends and holidays</dt>
            <dd>
              <PhoneValue number={profile.afterHoursPhone} />
            </dd>
          </div>
          <div>
            <dt>Temperature your team counts as a fever</dt>
            <dd>{fever ? `${fever.value} °${fever.unit}` : ASK}</dd>
          </div>
        </dl>
      ) : (
        <p>
          Ask your care team for these numbers: the phone number for the day,
          the phone number for evenings, nights and weekends, and the
          temperature they count as a fever. Keep them by the phone.
        </p>
      )}
      {note ? <p className="unit-contacts-note">{note}</p> : null}
    </div>
  );
}
