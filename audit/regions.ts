// The regions `--all-regions` audits: where the pinpoint-sms-voice-v2 API is offered in the aws partition.
//
// The AWS SDK ships only partition data (every region of a partition), not which services a region offers,
// so the list is kept here, from the "AWS End User Messaging endpoints and quotas" page of the AWS General
// Reference. GovCloud (us-gov-west-1) and China take their own credentials: name them with --region.
export const SMS_VOICE_REGIONS: readonly string[] = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "af-south-1",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-south-2",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ca-central-1",
  "eu-central-1",
  "eu-central-2",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "il-central-1",
  "me-central-1",
  "me-south-1",
  "sa-east-1",
];

/**
 * Those of them an account must enable before using (AWS's opt-in regions): there AWS answers
 * UnrecognizedClientException until the account has enabled the region.
 */
export const OPT_IN_REGIONS: ReadonlySet<string> = new Set([
  "af-south-1",
  "ap-south-2",
  "ap-southeast-3",
  "eu-central-2",
  "eu-south-1",
  "eu-south-2",
  "il-central-1",
  "me-central-1",
  "me-south-1",
]);
