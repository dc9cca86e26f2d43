type ScreenHeadingProps = {
  /** The line above the heading: the phase, the step or "When to call". */
  kicker: string;
  children: string;
};

/**
 * A bedside screen's heading. Each screen change moves focus to it
 * (`presenter-heading`), so a screen reader reads the new screen.
 */
export function ScreenHeading({ kicker, children }: ScreenHeadingProps) {
  return (
    <>
      <p className="presenter-kicker">{kicker}</p>
      <h1 id="presenter-heading" tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
