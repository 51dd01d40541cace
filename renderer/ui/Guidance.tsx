import { Lightbulb } from 'lucide-react';

/** The facilitator's notes beside a step: short, practical, in our own words. */
export function Guidance({ heading, points }: { heading: string; points: readonly string[] }) {
  return (
    <aside className="guidance" aria-label={heading}>
      <h2>
        <Lightbulb size={18} aria-hidden />
        {heading}
      </h2>
      <ul>
        {points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </aside>
  );
}
