import { NavLink } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { t } from '#src/content/i18n.ts';
import { SituationLinkNotice } from '#src/components/my-journey/situation-link-notice.tsx';
import { StorageNotice } from '#src/components/my-journey/storage-notice.tsx';
import { LanguageSwitch } from './language-switch.tsx';

// On a phone the header keeps two rows so the timeline starts on the first
// screen: "Overview" is the title's own link there, and "About" is in the
// footer, so those two wait for a wider screen.
const NAV_ITEMS = [
  {
    to: paths.home.getHref(),
    label: t('layout.navOverview'),
    end: true,
    isWideOnly: true,
  },
  {
    to: paths.myJourney.getHref(),
    label: t('layout.navMyJourney'),
    end: false,
    isWideOnly: false,
  },
  {
    to: paths.glossary.getHref(),
    label: t('layout.navGlossary'),
    end: false,
    isWideOnly: false,
  },
  {
    to: paths.about.getHref(),
    label: t('layout.navAbout'),
    end: false,
    isWideOnly: true,
  },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <NavLink to={paths.home.getHref()} className="site-title">
          {t('layout.siteTitle')}
        </NavLink>
        {/* One tap from every page, beside the title so it is never
            folded away on a small phone. */}
        <NavLink to={paths.whenToCall.getHref()} className="header-call-link">
          {t('safety.headerLink')}
        </NavLink>
        <nav aria-label={t('layout.mainNav')}>
          <ul className="site-nav">
            {NAV_ITEMS.map((item) => (
              <li
                key={item.to}
                className={item.isWideOnly ? 'wide-only' : undefined}
              >
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
      <StorageNotice />
      <SituationLinkNotice />
    </header>
  );
}
