// Applies a rule's fix to the engine's property bag in place.
//
// The bag @pulumi/policy passes to a remediation is a proxy that keeps secret values secret when they are
// written back; copying it (`{ ...props }`) would unwrap every secret into plain text in the new inputs.

/** The properties a fix sets, by top-level name. */
export type PropertyPatch = Readonly<Record<string, unknown>>;

export function applyPatch(props: Record<string, unknown>, patch: PropertyPatch): Record<string, unknown> {
  for (const [name, value] of Object.entries(patch)) {
    props[name] = value;
  }
  return props;
}
