import { getLatestReviewDate, journey } from '#src/content/journey.ts';
import { SourceList } from '#src/components/content/source-list.tsx';
import { formatDate } from '#src/components/ui/format-date.ts';

/** Where the facts come from, how the text is checked, and its limits. */
export function AboutContent() {
  const reviewed = getLatestReviewDate();
  const sources = [...journey.sources].sort(
    (a, b) =>
      a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title),
  );
  return (
    <div className="page page-narrow">
      <h1>About this information</h1>
      <section aria-labelledby="advice-title" className="callout">
        <h2 id="advice-title">Not medical advice</h2>
        <p>
          This guide explains what treatment for acute lymphoblastic leukemia
          (ALL) often looks like. It cannot know your situation. Your care team
          decides your treatment, and your plan may differ from what you read
          here. If you are worried about a symptom, call your care team.
        </p>
      </section>
      <section aria-labelledby="how-title">
        <h2 id="how-title">How the text is written and checked</h2>
        <ul>
          <li>
            Every fact comes from a trusted public source, first of all the
            National Cancer Institute&apos;s PDQ summaries, then national cancer
            charities and drug approvals by the U.S. Food and Drug
            Administration.
          </li>
          <li>
            We write in our own words and plain language, and we check that each
            step is easy to read.
          </li>
          <li>
            Where sources disagree, we say so or give the range, rather than
            pick one.
          </li>
          <li>
            We do not give doses or predict how treatment will go for you.
          </li>
          <li>
            Each step shows its sources and the date it was last reviewed.
            {reviewed
              ? ` The latest review was on ${formatDate(reviewed)}.`
              : null}
          </li>
          <li>
            Nothing you do in this guide is sent anywhere. It works without an
            account, and what it remembers stays on this device.
          </li>
        </ul>
      </section>
      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <SourceList
          sourceIds={sources.map((source) => source.id)}
          showCheckedDate
        />
      </section>
    </div>
  );
}
