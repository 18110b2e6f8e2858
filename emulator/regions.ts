// The regions where AWS offers End User Messaging SMS (pinpoint-sms-voice-v2), which the emulator serves by
// default; a request signed for another region is answered as an AWS endpoint answers a credential scope it does
// not serve (there is no sms-voice endpoint for that region to reach).
//
// Source: botocore 1.43.11 data/endpoints.json, service "sms-voice" (partitions aws, aws-us-gov and aws-eusc, FIPS
// names left out), which agrees with the General Reference page "AWS End User Messaging endpoints and quotas".

export const SERVED_REGIONS: readonly string[] = [
  "af-south-1",
  "ap-east-2",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-south-2",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-6",
  "ca-central-1",
  "ca-west-1",
  "eu-central-1",
  "eu-central-2",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "eusc-de-east-1",
  "il-central-1",
  "me-central-1",
  "me-south-1",
  "mx-central-1",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-gov-east-1",
  "us-gov-west-1",
  "us-west-1",
  "us-west-2",
];
