// The text of a request's JSON numbers as sent, for messages: JSON.parse turns 1e400 into Infinity (which
// JSON.stringify prints as null) and 12345678901234567890 into 12345678901234567000.

/** The JSON text of the number at a validation path (`MaxResults`, `Filters[0].Values[1]`), if it has one. */
export type NumberAsSent = (path: string) => string | undefined;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\]|\\.)*"/y;
const SPACE = /[ \t\n\r]*/y;

interface Frame {
  readonly base: string;
  readonly array: boolean;
  index: number;
  /** The path of the value being read in this container. */
  member: string;
}

/**
 * Reads `text` (JSON that JSON.parse accepted) lazily, on the first question: only numbers whose parsed
 * value prints differently from their text are kept, so the answer stays small for any body.
 */
export function numbersAsSent(text: string): NumberAsSent {
  let found: Map<string, string> | undefined;
  return (path) => {
    found ??= scan(text);
    return found.get(path);
  };
}

function scan(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const frames: Frame[] = [];
  const here = () => frames[frames.length - 1]?.member ?? "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "{" || c === "[") {
      const base = here();
      const array = c === "[";
      frames.push({ base, array, index: 0, member: array ? `${base}[0]` : base });
      i += 1;
    } else if (c === "}" || c === "]") {
      frames.pop();
      i += 1;
    } else if (c === ",") {
      const frame = frames[frames.length - 1];
      if (frame?.array) {
        frame.index += 1;
        frame.member = `${frame.base}[${frame.index}]`;
      }
      i += 1;
    } else if (c === '"') {
      STRING.lastIndex = i;
      const literal = STRING.exec(text)?.[0] ?? '""';
      i += literal.length;
      SPACE.lastIndex = i;
      SPACE.exec(text);
      const frame = frames[frames.length - 1];
      if (text[SPACE.lastIndex] === ":" && frame && !frame.array) {
        const key = JSON.parse(literal) as string;
        frame.member = frame.base ? `${frame.base}.${key}` : key;
        i = SPACE.lastIndex + 1;
      }
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text)?.[0] ?? c;
      i += number.length;
      if (String(Number(number)) !== number) found.set(here(), number);
    } else {
      i += 1; // whitespace, ':' and the letters of true, false and null
    }
  }
  return found;
}
