import { Link } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import {
  getMedicine,
  getMedicineWarningSets,
  getWarningSigns,
  getWarningSourceIds,
} from '#src/content/journey.ts';
import { groupSigns } from '#src/content/warning-signs.ts';
import { SourceList } from '#src/components/content/source-list.tsx';
import { Disclosure } from '#src/components/ui/disclosure.tsx';
import { UnitContacts } from '#src/components/unit/unit-contacts.tsx';
import { WarningSigns } from './warning-signs.tsx';

/** "Medicine (other names)" for a medicine set's disclosure. */
function setHeading(title: string, medicineIds: readonly string[]) {
  const names = medicineIds
    .map((id) => getMedicine(id)?.name)
    .filter((name): name is string => name !== undefined)
    .filter((name) => name.toLowerCase() !== title.toLowerCase());
  return names.length > 0 ? `${title} (${names.join(', ')})` : title;
}

/**
 * One tap from every page: emergencies first, then who to call and at what
 * temperature, the signs for anyone on treatment, and each medicine's own
 * signs behind its name.
 */
export function WhenToCallPage() {
  const shared = getWarningSigns({});
  const [emergency, ...others] = shared;
  const medicineSets = getMedicineWarningSets();
  return (
    <div className="page page-narrow when-to-call-page">
      <h1>{t('safety.pageTitle')}</h1>
      <p>{t('safety.pageIntro')}</p>
      {emergency ? (
        <section className="emergency-block" aria-labelledby="emergency-title">
          <h2 id="emergency-title">{t('safety.emergencyTitle')}</h2>
          <WarningSigns
            groups={[emergency]}
            headingLevel={3}
            hasAdvice={false}
          />
        </section>
      ) : null}
      <UnitContacts />
      <WarningSigns groups={others} headingLevel={2} />
      <h2>{t('safety.medicinesTitle')}</h2>
      <p>{t('safety.medicinesIntro')}</p>
      {medicineSets.map((set) => (
        <Disclosure
          key={set.id}
          title={setHeading(set.title, set.medicineIds)}
          isRenderedWhenOpened
        >
          <WarningSigns groups={groupSigns([set])} headingLevel={3} />
        </Disclosure>
      ))}
      <p>
        <Link to={paths.care.getHref()}>{t('safety.careLink')}</Link>
      </p>
      <Disclosure title={t('step.sourcesTitle')}>
        <SourceList
          sourceIds={getWarningSourceIds({
            medicineIds: medicineSets.flatMap((set) => set.medicineIds),
          })}
        />
      </Disclosure>
    </div>
  );
}
