/** An emotion score as a map labels it: a real minus sign, and + for a positive one, so "−1"
 * never reads as "1" whatever it is drawn over. */
export function formatScore(score: number): string {
  const text = Number.isInteger(score) ? String(Math.abs(score)) : Math.abs(score).toFixed(1);
  return score > 0 ? `+${text}` : score < 0 ? `−${text}` : '0';
}
