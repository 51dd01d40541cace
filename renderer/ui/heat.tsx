/**
 * The heat map's colours: one hue from pale to dark, so a larger gap is always darker, in colour,
 * in greyscale and for colour-blind viewers. Every coloured touchpoint also says its gap in words.
 */
import { msg } from '../../shared/strings';

const STEPS = ['#fff3c4', '#fdd98b', '#f9b24f', '#e9792b', '#b8470f'];

export function heatColor(size: number): { fill: string; text: string } {
  const i = Math.max(0, Math.min(STEPS.length - 1, Math.round(size)));
  return { fill: STEPS[i]!, text: i >= 3 ? '#ffffff' : '#1c1917' };
}

export function HeatLegend() {
  return (
    <div className="heat-legend" role="group" aria-label={msg.gaps.legend}>
      <span className="heat-legend-title">{msg.gaps.legend}</span>
      <span className="heat-swatch heat-none">{msg.gaps.legendNone}</span>
      {[0, 1, 2, 3, 4].map((n) => {
        const c = heatColor(n);
        return (
          <span key={n} className="heat-swatch" style={{ background: c.fill, color: c.text }}>
            {n}
          </span>
        );
      })}
    </div>
  );
}
