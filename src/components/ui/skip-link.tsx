/** `label` is the link text, in the page's language. */
type SkipLinkProps = { targetId: string; label: string };

export function SkipLink({ targetId, label }: SkipLinkProps) {
  return (
    <a className="skip-link" href={`#${targetId}`}>
      {label}
    </a>
  );
}
