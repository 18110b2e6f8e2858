// Reads resource properties that may be absent or of the wrong type, and says which it was instead of guessing.
//
// Unknown values are deliberately not handled here: @pulumi/policy hands rules a proxy that throws
// `UnknownValueError` when an unknown is read, and its server reports that as an advisory
// "can't run policy ... during preview". Swallowing it here would turn "unknown" into "compliant".

/** A property's location, outermost name first: `["twoWay", "channelArn"]`. */
export type PropertyPath = readonly string[];

/** What was found at a property path. */
export type Reading<T> =
  | { readonly state: "set"; readonly value: T }
  | { readonly state: "absent" }
  | {
      readonly state: "mistyped";
      /** Where the unexpected value sits, e.g. `twoWay.enabled` or `tags[2]`. */
      readonly path: string;
      readonly expected: string;
      readonly found: string;
    };

const ABSENT: Reading<never> = { state: "absent" };

/** `["twoWay", "enabled"]` → `twoWay.enabled`. */
export function pathName(path: PropertyPath): string {
  return path.join(".");
}

/** A short, safe description of a value for messages: `a string ("yes")`, `an array`. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) {
    return "an array";
  }
  switch (typeof value) {
    case "string":
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case "number":
    case "boolean":
      return `a ${typeof value} (${String(value)})`;
    case "object":
      return value === null ? "null" : "an object";
    default:
      return `a ${typeof value}`;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mistyped(path: string, expected: string, value: unknown): Reading<never> {
  return { state: "mistyped", path, expected, found: describeValue(value) };
}

/** Walks `path`; `null` counts as absent, as the engine sends it for unset optional inputs. */
function lookUp(props: unknown, path: PropertyPath): Reading<unknown> {
  let current: unknown = props;
  for (let i = 0; i < path.length; i++) {
    if (current === undefined || current === null) {
      return ABSENT;
    }
    if (!isRecord(current)) {
      return mistyped(pathName(path.slice(0, i)), "an object", current);
    }
    current = current[path[i]];
  }
  return current === undefined || current === null ? ABSENT : { state: "set", value: current };
}

/** Whatever is set at `path`, of any type; the caller judges its shape. */
export function readValue(props: unknown, path: PropertyPath): Reading<unknown> {
  return lookUp(props, path);
}

export function readBoolean(props: unknown, path: PropertyPath): Reading<boolean> {
  const found = lookUp(props, path);
  if (found.state !== "set") {
    return found;
  }
  return typeof found.value === "boolean"
    ? { state: "set", value: found.value }
    : mistyped(pathName(path), "a boolean", found.value);
}

export function readString(props: unknown, path: PropertyPath): Reading<string> {
  const found = lookUp(props, path);
  if (found.state !== "set") {
    return found;
  }
  return typeof found.value === "string"
    ? { state: "set", value: found.value }
    : mistyped(pathName(path), "a string", found.value);
}

/** A list of anything; the caller reads each element. */
export function readList(props: unknown, path: PropertyPath): Reading<readonly unknown[]> {
  const found = lookUp(props, path);
  if (found.state !== "set") {
    return found;
  }
  return Array.isArray(found.value)
    ? { state: "set", value: found.value }
    : mistyped(pathName(path), "a list", found.value);
}

/** A tag map as aws classic carries it: `{ owner: "sms-team" }`. */
export function readTagMap(props: unknown, path: PropertyPath): Reading<ReadonlyMap<string, string>> {
  const found = lookUp(props, path);
  if (found.state !== "set") {
    return found;
  }
  if (!isRecord(found.value)) {
    return mistyped(pathName(path), "a map of tag keys to values", found.value);
  }
  const tags = new Map<string, string>();
  for (const key of Object.keys(found.value)) {
    const value = found.value[key];
    if (typeof value !== "string") {
      return mistyped(`${pathName(path)}.${key}`, "a string tag value", value);
    }
    tags.set(key, value);
  }
  return { state: "set", value: tags };
}

/** A tag list as aws-native carries it: `[{ key: "owner", value: "sms-team" }]`. */
export function readTagList(props: unknown, path: PropertyPath): Reading<ReadonlyMap<string, string>> {
  const found = readList(props, path);
  if (found.state !== "set") {
    return found;
  }
  const tags = new Map<string, string>();
  for (let i = 0; i < found.value.length; i++) {
    const tag = found.value[i];
    const where = `${pathName(path)}[${i}]`;
    if (!isRecord(tag)) {
      return mistyped(where, "a { key, value } tag", tag);
    }
    const key = tag["key"];
    const value = tag["value"];
    if (typeof key !== "string") {
      return mistyped(`${where}.key`, "a string", key);
    }
    if (typeof value !== "string") {
      return mistyped(`${where}.value`, "a string", value);
    }
    tags.set(key, value);
  }
  return { state: "set", value: tags };
}
