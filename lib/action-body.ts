/**
 * A first look at a server action's body, before Next.js decodes it: Next.js answers a body it cannot
 * decode with a server error (500), and hand-made bodies are bad input, to be refused with 400.
 *
 * Bodies our forms send as text are React's JSON encoding of plain values. Besides plain JSON, that
 * encoding only ever holds strings with these tags: "$$" (a string that starts with "$"), undefined,
 * NaN, ±Infinity, -0, dates, big integers, and references into the body itself ("$0", "$0:path").
 * Every other tag refers to a part that only a multipart body can carry (files, maps, sets, promises,
 * streams), so in a text body it cannot be decoded.
 */
export const MAX_ACTION_BODY_DEPTH = 32;

const PLAIN_TAGS = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d|0$|0:)/;

export function actionBodyProblem(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "The request could not be read.";
  }
  if (!Array.isArray(value)) return "The request could not be read.";
  return valueProblem(value, 0);
}

function valueProblem(value: unknown, depth: number): string | null {
  if (depth > MAX_ACTION_BODY_DEPTH) return "The request is nested too deeply.";
  if (typeof value === "string")
    return value.startsWith("$") && !PLAIN_TAGS.test(value) ? "The request could not be read." : null;
  if (value === null || typeof value !== "object") return null;
  for (const item of Object.values(value)) {
    const problem = valueProblem(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}
