// The process environment every benchmark runs in: fake AWS credentials and a quiet SDK, nothing real.

/** The emulator checks SigV4's format and scope, never the secret: these keys reach nothing but it. */
const FAKE_ACCESS_KEY_ID = "AKIDEXAMPLE";

/**
 * Sets fake credentials (so the SDK's chain stops at the environment instead of probing profiles or
 * instance metadata) and silences the SDK's Node 20 notice. Call before the first SDK client is built.
 */
export function useFakeAwsEnvironment(): void {
  process.env.AWS_ACCESS_KEY_ID = FAKE_ACCESS_KEY_ID;
  process.env.AWS_SECRET_ACCESS_KEY = "bench-secret-not-real";
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  process.env.AWS_EC2_METADATA_DISABLED = "true";
  delete process.env.AWS_SESSION_TOKEN;
}
