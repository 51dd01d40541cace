/** The head of a step's screen: which step, its heading, a line on what it is for, and
 * optionally the step's main action on the right. */
import type { ReactNode } from 'react';

export function StepHeader({ eyebrow, heading, lede, children }: { eyebrow: string; heading: string; lede?: string; children?: ReactNode }) {
  const text = (
    <>
      <p className="eyebrow">{eyebrow}</p>
      <h1>{heading}</h1>
      {lede && <p className="lede">{lede}</p>}
    </>
  );
  if (!children) return <header className="step-header">{text}</header>;
  return (
    <header className="step-header step-header-row">
      <div>{text}</div>
      {children}
    </header>
  );
}
