import { useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { compareText, currentLocale, t } from '#src/content/i18n.ts';
import { getSource, journey } from '#src/content/journey.ts';
import type { GlossaryTerm } from '#src/content/schema.ts';
import { usePlainText } from '#src/components/content/prose.tsx';
import { useAudience } from '#src/state/reader-audience.ts';
import { searchGlossary } from './glossary-search.ts';
import { getTermUses } from './glossary-usage.ts';

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

/** The pages that mark the term, as links (steps by their plain title). */
function TermUses({ termId }: { termId: string }) {
  const audience = useAudience();
  const plain = usePlainText();
  const labelId = useId();
  const uses = getTermUses(termId, audience);
  if (uses.length === 0) return null;
  return (
    <div className="glossary-used-in">
      <p id={labelId}>{t('glossary.usedIn')}</p>
      <ul aria-labelledby={labelId}>
        {uses.map((use) => (
          <li key={`${use.kind}-${use.id}`}>
            <Link to={use.href}>
              {use.kind === 'care-topic'
                ? t('glossary.careTopicLink', { title: plain(use.title) })
                : plain(use.title)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function GlossaryEntry({ term }: { term: GlossaryTerm }) {
  return (
    <div id={`term-${term.id}`} tabIndex={-1} className="glossary-entry">
      <dt>{term.term}</dt>
      <dd>
        {term.alsoCalled.length > 0 ? (
          <p className="also-called">
            {t('glossary.alsoCalled', { names: term.alsoCalled.join(', ') })}
          </p>
        ) : null}
        <p>{term.definition}</p>
        <TermUses termId={term.id} />
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
  );
}

function TermSection({
  id,
  title,
  terms,
}: {
  id: string;
  title: string;
  terms: readonly GlossaryTerm[];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <dl className="glossary-list">
        {terms.map((term) => (
          <GlossaryEntry key={term.id} term={term} />
        ))}
      </dl>
    </section>
  );
}

/**
 * All glossary terms A–Z, with a search box. A search lists the terms
 * whose name matches first, then those that only mention it.
 */
export function GlossaryList() {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const { hash } = useLocation();
  const isSearching = query.trim() !== '';
  const { byName, byDefinition } = searchGlossary(TERMS, query);
  const shownCount = byName.length + byDefinition.length;
  const letters = isSearching
    ? []
    : [...new Set(TERMS.map((term) => firstLetter(term.term)))];

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
        {isSearching
          ? t('glossary.matchCount', {
              count: shownCount,
              total: TERMS.length,
            })
          : t('glossary.termCount', { count: TERMS.length })}
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
        <TermSection
          key={letter}
          id={`letter-${letter}`}
          title={letter}
          terms={TERMS.filter((term) => firstLetter(term.term) === letter)}
        />
      ))}
      {byName.length > 0 && isSearching ? (
        <TermSection
          id="glossary-name-matches"
          title={t('glossary.nameMatches')}
          terms={byName}
        />
      ) : null}
      {byDefinition.length > 0 ? (
        <TermSection
          id="glossary-definition-matches"
          title={t('glossary.definitionMatches')}
          terms={byDefinition}
        />
      ) : null}
      {shownCount === 0 ? <p>{t('glossary.noMatch', { query })}</p> : null}
    </>
  );
}
