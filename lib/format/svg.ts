/**
 * A coordinate to a tenth of a unit: finer is invisible even on a scaled chart, and every digit of it is sent twice
 * (in the HTML and in the page's React payload). Unrounded, a cash-flow line over 15 years took 15 KB.
 */
export const toTenth = (value: number) => Math.round(value * 10) / 10;

/**
 * A line of steps: level at each point's height from its x to the next point's x (the last one to `endX`), then
 * straight up or down to the next height. Drawn with H and V, a step costs a few characters instead of two points;
 * a point at the height the line already has adds nothing to the drawing, and is left out (a cash flow is level
 * in most months).
 */
export function stepPath(points: { x: number; y: number }[], endX: number): string {
  const commands: string[] = [];
  let level: number | null = null;
  for (const point of points) {
    const y = toTenth(point.y);
    if (level === null) commands.push(`M ${toTenth(point.x)} ${y}`);
    else if (y !== level) commands.push(`H ${toTenth(point.x)} V ${y}`);
    level = y;
  }
  if (level !== null) commands.push(`H ${toTenth(endX)}`);
  return commands.join(" ");
}
