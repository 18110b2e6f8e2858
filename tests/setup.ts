// Test-wide environment: quiet the AWS SDK's Node 20 notice and keep any real AWS setup on the machine out of reach.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
for (const name of [
  "AWS_PROFILE",
  "AWS_DEFAULT_PROFILE",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_PINPOINT_SMS_VOICE_V2",
]) {
  delete process.env[name];
}
process.env.AWS_EC2_METADATA_DISABLED = "true";
