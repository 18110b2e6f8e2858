// AWS's destination simulator phone numbers: messages to them stay inside the service and end in a success or a
// failure event. An origination SIMULATOR number sends only to these, of its own country (End User Messaging SMS
// User Guide, "Simulator phone numbers": "you can only send messages to the destination simulator phone number
// from the same country"). The numbers are AWS's published table (the same page; Amazon Pinpoint User Guide
// doc-source/channels-sms-simulator.md in github.com/awsdocs/amazon-pinpoint-user-guide).

interface SimulatedDestination {
  readonly country: string;
  readonly event: "SUCCESS" | "FAILURE";
}

/** Country, its success number, its failure number. */
const AWS_TABLE: ReadonlyArray<readonly [string, string, string]> = [
  ["AU", "+61455944038", "+61455944039"],
  ["AT", "+43676800442031", "+43676800442032"],
  ["BE", "+32460213922", "+32460213923"],
  ["CL", "+56229140630", "+56229140631"],
  ["CZ", "+420790542286", "+420790542287"],
  ["DK", "+4525919410", "+4525919215"],
  ["EE", "+37282720792", "+37282720793"],
  ["FI", "+3584573979110", "+3584573979111"],
  ["FR", "+33755512501", "+33755512502"],
  ["HK", "+85257048426", "+85257048854"],
  ["HU", "+36707178770", "+36707178772"],
  ["IT", "+394390009172", "+394390009174"],
  ["JE", "+447937404990", "+447937404992"],
  ["LU", "+352691385880", "+352691385882"],
  ["NL", "+3197008100148", "+3197008100150"],
  ["NO", "+4759449384", "+4759449387"],
  ["PL", "+48732141440", "+48732141442"],
  ["PT", "+351927946948", "+351927946950"],
  ["RO", "+40783900330", "+40783900332"],
  ["ES", "+34683783440", "+34683783442"],
  ["SE", "+46790645100", "+46790645102"],
  ["CH", "+41798075872", "+41798075874"],
  ["TW", "+886903444630", "+886903444632"],
  ["GB", "+447860019066", "+447860019067"],
  ["US", "+14254147755", "+14254147167"],
];

/** E.164 destination simulator number -> its country and the event it simulates. */
export const DESTINATION_SIMULATOR_NUMBERS: ReadonlyMap<string, SimulatedDestination> = new Map(
  AWS_TABLE.flatMap(
    ([country, success, failure]): Array<[string, SimulatedDestination]> => [
      [success, { country, event: "SUCCESS" }],
      [failure, { country, event: "FAILURE" }],
    ],
  ),
);
