// The pinpoint-sms-voice-v2 service model (botocore's, compacted by model/generate.mjs; Apache-2.0, see
// model/NOTICE): which operations exist and every shape's constraints. Validation, the unknown-operation
// answer and the filter rules are read from it, so they say what AWS's model says.

import compact from "./model/pinpoint-sms-voice-v2.json";

/** A member of a structure: its shape name, and whether the SDKs fill it with a fresh token (ClientToken). */
export type MemberRef = string | { shape: string; idempotencyToken?: boolean };

export interface ModelShape {
  type:
    | "structure"
    | "list"
    | "map"
    | "string"
    | "integer"
    | "long"
    | "double"
    | "boolean"
    | "timestamp"
    | "blob";
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  union?: boolean;
  required?: string[];
  member?: string;
  key?: string;
  value?: string;
  members?: Record<string, MemberRef>;
}

export interface ModelOperation {
  input?: string;
  output?: string;
  errors: string[];
}

interface CompactModel {
  metadata: { targetPrefix: string; apiVersion: string; signingName: string };
  operations: Record<string, ModelOperation>;
  shapes: Record<string, ModelShape>;
}

const model = compact as unknown as CompactModel;

export const SERVICE_TARGET_PREFIX = model.metadata.targetPrefix;

/** Every operation of the service, emulated or not. */
export const MODEL_OPERATIONS: ReadonlySet<string> = new Set(Object.keys(model.operations));

export function modelOperation(name: string): ModelOperation | undefined {
  return model.operations[name];
}

export function modelShape(name: string): ModelShape {
  const shape = model.shapes[name];
  if (!shape) throw new Error(`the service model has no shape ${name}`);
  return shape;
}

export function memberShapeName(ref: MemberRef): string {
  return typeof ref === "string" ? ref : ref.shape;
}

/** The enum values of a string shape (for example a filter name list), in the model's order. */
export function enumOf(shapeName: string): readonly string[] {
  const values = modelShape(shapeName).enum;
  if (!values) throw new Error(`shape ${shapeName} has no enum`);
  return values;
}
