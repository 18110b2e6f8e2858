// The region a lookup runs in, as its SDK client resolves it, or the one error saying how to set one.
import type { PinpointSMSVoiceV2Client } from "@aws-sdk/client-pinpoint-sms-voice-v2";

/**
 * The client's region (from the lookup's own settings or the AWS SDK chain). Every path that needs a region
 * (getPools, PoolLookup's create, diff and refresh) fails with this package's message rather than the SDK's
 * bare "Region is missing".
 */
export async function resolveRegion(client: PinpointSMSVoiceV2Client): Promise<string> {
  try {
    return await client.config.region();
  } catch {
    throw new Error(
      "No AWS region for the SMS pool lookup: pass region, or `pulumi config set sms-pools:region <region>` " +
        "(or aws:region), or set AWS_REGION / a profile with a region",
    );
  }
}
