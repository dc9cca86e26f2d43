import { useEffect, useId, useState } from 'react';
import { useLocation } from 'react-router';
import {
  compareText,
  currentLocale,
  t,
  toSearchText,
} from '#src/content/i18n.ts';
import { getSource, journey } from '#src/content/journey.ts';

const TERMS = [...journey.glossary].sort((a, b) => compareText(a.term, b.term));

/**
 * The letter a term is listed under, as the page's language counts letters:
 * "Á" goes with "A", but Spanish "Ñ" is a letter of its own.
 */
function firstLetter(term: string) {
  const letter = term.charAt(0).toLocaleUpperCase(currentLocale.intl);
  if (!/\p{Script=Latin}/u.test(letter)) return '#';
  const base = letter.normalize('NFD').replace(/\p{M}/gu, '');
  return compareText(base, letter) === 0 ? base : letter;
}

function matches(term: (typeof TERMS)[number], query: string) {
  const needle = toSearchText(query.trim());
  if (!needle) return true;
  return [term.term, ...term.alsoCalled, term.definition].some((text) =>
    toSearchText(text).includes(needle),
  );
}

/** All glossary terms A–Z, with a search box that filters as you type. */
export function GlossaryList() {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const { hash } = useLocation();
  const shown = TERMS.filter((term) => matches(term, query));
  const letters = [...new Set(shown.map((term) => firstLetter(term.term)))];

  useEffect(() => {
    // A link such as /glossary#term-mrd scrolls to and focuses that term.
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView();
    target?.focus();
  }, [hash]);

  return (
    <>
      <div className="glossary-search" role="search">
        <label htmlFor={searchId}>{t('glossary.searchLabel')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
        />
      </div>
      <p role="status" className="glossary-count">
        {shown.length === TERMS.length
          ? t('glossary.termCount', { count: TERMS.length })
          : t('glossary.matchCount', {
              count: shown.length,
              total: TERMS.length,
            })}
      </p>
      {letters.length > 1 ? (
        <nav aria-label={t('glossary.letterNav')} className="letter-nav">
          <ul>
            {letters.map((letter) => (
              <li key={letter}>
                <a href={`#letter-${letter}`}>{letter}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`}>{letter}</h2>
          <dl className="glossary-list">
            {shown
              .filter((term) => firstLetter(term.term) === letter)
              .map((term) => (
                <div
                  key={term.id}
                  id={`term-${term.id}`}
                  tabIndex={-1}
                  className="glossary-entry"
                >
                  <dt>{term.term}</dt>
                  <dd>
                    {term.alsoCalled.length > 0 ? (
                      <p className="also-called">
                        {t('glossary.alsoCalled', {
                          names: term.alsoCalled.join(', '),
                        })}
                      </p>
                    ) : null}
                    <p>{term.definition}</p>
                    <p className="source-publisher">
                      {t('glossary.source', {
                        publishers: term.sourceIds
                          .map((id) => getSource(id)?.publisher)
                          .filter(Boolean)
                          .join('; '),
                      })}
                    </p>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      {shown.length === 0 ? <p>{t('glossary.noMatch', { query })}</p> : null}
    </>
  );
}
