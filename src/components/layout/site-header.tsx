import { NavLink } from 'react-router';
import { paths } from '#src/app/paths.ts';
import { SituationLinkNotice } from '#src/components/my-journey/situation-link-notice.tsx';
import { StorageNotice } from '#src/components/my-journey/storage-notice.tsx';
import { LanguageSwitch } from './language-switch.tsx';

const NAV_ITEMS = [
  { to: paths.home.getHref(), label: 'Overview', end: true },
  { to: paths.myJourney.getHref(), label: 'My journey', end: false },
  { to: paths.glossary.getHref(), label: 'Glossary', end: false },
  { to: paths.about.getHref(), label: 'About this information', end: false },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <NavLink to={paths.home.getHref()} className="site-title">
          ALL treatment journey
        </NavLink>
        <nav aria-label="Main">
          <ul className="site-nav">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
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
