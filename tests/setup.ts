// Test-wide environment: hermetic AWS settings (fake keys, no profiles or real endpoints), SDK notice quiet.
import * as path from "node:path";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
for (const name of [
  "AWS_PROFILE",
  "AWS_DEFAULT_PROFILE",
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2",
  "AWS_SESSION_TOKEN",
]) {
  delete process.env[name];
}
const nowhere = path.join(__dirname, "no-such-aws-dir");
process.env.AWS_CONFIG_FILE = path.join(nowhere, "config");
process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(nowhere, "credentials");
process.env.AWS_EC2_METADATA_DISABLED = "true";
process.env.AWS_ACCESS_KEY_ID = "AKIDEXAMPLE";
process.env.AWS_SECRET_ACCESS_KEY = "test-secret-not-real";
