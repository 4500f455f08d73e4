/**
 * A coordinate to a tenth of a unit: finer is invisible even on a scaled chart, and every digit of it is sent twice
 * (in the HTML and in the page's React payload). Unrounded, a cash-flow line over 15 years took 15 KB.
 */
export const toTenth = (value: number) => Math.round(value * 10) / 10;

/**
 * A line of steps: level at each point's height from its x to the next point's x (the last one to `endX`), then
 * straight up or down to the next height. Drawn with H and V, a step costs a few characters instead of two points.
 */
export function stepPath(points: { x: number; y: number }[], endX: number): string {
  return points
    .map((point, index) => {
      const next = toTenth(points[index + 1]?.x ?? endX);
      return `${index === 0 ? `M ${toTenth(point.x)}` : "V"} ${toTenth(point.y)} H ${next}`;
    })
    .join(" ");
}
