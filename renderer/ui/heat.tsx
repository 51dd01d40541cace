/**
 * The heat map's colours: one hue from pale to dark, so a larger gap is always darker, in colour,
 * in greyscale and for colour-blind viewers. Every coloured touchpoint also says its gap in words.
 */
import { heatColor } from '../../shared/layout/palette';
import { msg } from '../../shared/strings';

export { heatColor };

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
