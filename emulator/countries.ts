// The countries AWS sends SMS to and what each offers (short codes, long codes, sender IDs, two-way), as AWS
// publishes them; which of them a destination number is in (its longest dialing prefix: +1 by area code, +44 for
// the Crown dependencies, +7 for Kazakhstan, +262 for Mayotte). A number of no country here has none: AWS does
// not send to it. The same countries make every protect configuration's country rule set.
//
// Source: AWS's table "Supported countries and regions (SMS channel)", Amazon Pinpoint User Guide
// (doc-source/channels-sms-countries.md of github.com/awsdocs/amazon-pinpoint-user-guide, the page the End User
// Messaging SMS User Guide continues as "Supported countries and regions for SMS messaging"). Kept as AWS wrote
// it, codes included (Kosovo KV, Netherlands Antilles AN), except three typos of the table, fixed: Tuvalu is TV
// (the table says TC, Turks and Caicos' code), Puerto Rico is +1-787 (it says 1-797), Jersey +44-1534 (it says
// 44-1434). Prefixes beyond the table's dialing codes: Canada's area codes, Kazakhstan's +76/+77, Mayotte's
// +262-269/+262-639, and Jersey's mobile +44-7937 (AWS's Jersey simulator numbers are +447937404990/2).

/** AWS's "Supports Sender IDs": yes, no, or "Registration required". */
type SenderIdSupport = "YES" | "NO" | "REGISTRATION_REQUIRED";

export interface SmsCountry {
  /** ISO 3166-1 alpha-2, as AWS's table gives it. */
  readonly iso: string;
  /** E.164 digit prefixes that are this country's, the table's dialing code first. */
  readonly prefixes: readonly string[];
  readonly shortCodes: boolean;
  readonly longCodes: boolean;
  readonly senderIds: SenderIdSupport;
  readonly twoWay: boolean;
}

/** ISO, dialing prefixes, then Y/N/R for short codes, long codes, sender IDs (R: registration required), two-way. */
const AWS_TABLE: ReadonlyArray<readonly [string, string, string]> = [
  ["AF", "93", "NNYN"],
  ["AL", "355", "NNYN"],
  ["DZ", "213", "NNYN"],
  ["AD", "376", "NNYN"],
  ["AI", "1264", "NNYN"],
  ["AG", "1268", "NNYN"],
  ["AR", "54", "YNNN"],
  ["AM", "374", "NNYN"],
  ["AW", "297", "NNYN"],
  ["AU", "61", "NYYY"],
  ["AT", "43", "YYYY"],
  ["AZ", "994", "NNYN"],
  ["BS", "1242", "NNNN"],
  ["BH", "973", "NNYN"],
  ["BD", "880", "NNYN"],
  ["BB", "1246", "NNYN"],
  ["BY", "375", "NNRN"],
  ["BE", "32", "NYNY"],
  ["BZ", "501", "NNYN"],
  ["BM", "1441", "NNYN"],
  ["BT", "975", "NNYN"],
  ["BO", "591", "NNYN"],
  ["BA", "387", "NNYN"],
  ["BW", "267", "NNYN"],
  ["BR", "55", "YNNY"],
  ["BN", "673", "NNYN"],
  ["BG", "359", "YNYY"],
  ["BF", "226", "NNYN"],
  ["BI", "257", "NNYN"],
  ["KH", "855", "NNYN"],
  ["CM", "237", "NNYN"],
  ["CA", "1", "YYNY"],
  ["CV", "238", "NNYN"],
  ["KY", "1345", "NNNN"],
  ["CF", "236", "NNYN"],
  ["TD", "235", "NNYN"],
  ["CL", "56", "YYNY"],
  ["CN", "86", "YNNY"],
  ["CO", "57", "NYNY"],
  ["KM", "269", "NNYN"],
  ["CK", "682", "NNYY"],
  ["CR", "506", "NNNN"],
  ["HR", "385", "NNYN"],
  ["CY", "357", "NNYN"],
  ["CZ", "420", "NYYY"],
  ["CD", "243", "NNYN"],
  ["DK", "45", "YYYY"],
  ["DJ", "253", "NNYN"],
  ["DM", "1767", "NNYN"],
  ["DO", "1809,1829,1849", "YNNY"],
  ["EC", "593", "YNNY"],
  ["EG", "20", "YNRY"],
  ["SV", "503", "NNNN"],
  ["GQ", "240", "NNYN"],
  ["ER", "291", "NNYN"],
  ["EE", "372", "NYYY"],
  ["ET", "251", "NNYN"],
  ["FO", "298", "NNYN"],
  ["FJ", "679", "NNYN"],
  ["FI", "358", "YYYY"],
  ["FR", "33", "YNYY"],
  ["GF", "594", "NNYN"],
  ["PF", "689", "NNYN"],
  ["GA", "241", "NNYN"],
  ["GM", "220", "NNYN"],
  ["GE", "995", "NNYN"],
  ["DE", "49", "YYYY"],
  ["GH", "233", "NNYN"],
  ["GI", "350", "NNYN"],
  ["GR", "30", "NNYN"],
  ["GL", "299", "NNYN"],
  ["GD", "1473", "NNYN"],
  ["GP", "590", "NNYN"],
  ["GU", "1671", "NNNN"],
  ["GT", "502", "NNNN"],
  ["GG", "441481", "NNYN"],
  ["GN", "224", "NNYN"],
  ["GW", "245", "NNYN"],
  ["GY", "592", "NNYN"],
  ["HT", "509", "NNYN"],
  ["HN", "504", "NNYN"],
  ["HK", "852", "NYYY"],
  ["HU", "36", "NYNY"],
  ["IS", "354", "NNYN"],
  ["IN", "91", "YYRY"],
  ["ID", "62", "NNYN"],
  ["IQ", "964", "NNYN"],
  ["IE", "353", "NYYY"],
  ["IM", "441624", "NNYN"],
  ["IL", "972", "NYYY"],
  ["IT", "39", "YYYY"],
  ["CI", "225", "NNYN"],
  ["JM", "1876", "NNYN"],
  ["JP", "81", "YYYY"],
  ["JE", "441534,447937", "NYYY"],
  ["JO", "962", "NNRN"],
  ["KZ", "76,77", "NNYN"],
  ["KE", "254", "NNYN"],
  ["KV", "383", "NNYN"],
  ["KW", "965", "NNRN"],
  ["KG", "996", "NNYN"],
  ["LA", "856", "NNYN"],
  ["LV", "371", "NNYN"],
  ["LB", "961", "NNYN"],
  ["LS", "266", "NNYN"],
  ["LR", "231", "NYNN"],
  ["LY", "218", "NNYN"],
  ["LI", "423", "NNYN"],
  ["LT", "370", "NYYY"],
  ["LU", "352", "NYYY"],
  ["MO", "853", "NNYN"],
  ["MK", "389", "NNYN"],
  ["MG", "261", "NNYN"],
  ["MW", "265", "NNYN"],
  ["MY", "60", "YNNY"],
  ["MV", "960", "NNYN"],
  ["ML", "223", "NNYN"],
  ["MT", "356", "NNYN"],
  ["MH", "692", "NNNN"],
  ["MQ", "596", "NNYN"],
  ["MR", "222", "NNYN"],
  ["MU", "230", "NNYN"],
  ["YT", "262269,262639", "NNYN"],
  ["MX", "52", "YYNY"],
  ["FM", "691", "NNNN"],
  ["MD", "373", "NNYN"],
  ["MC", "377", "NNNN"],
  ["MN", "976", "NNYN"],
  ["ME", "382", "NNYN"],
  ["MS", "1664", "NNYN"],
  ["MA", "212", "YNYY"],
  ["MZ", "258", "NNNN"],
  ["MM", "95", "NYYY"],
  ["NA", "264", "NNYN"],
  ["NP", "977", "NNYN"],
  ["NL", "31", "YYYY"],
  ["AN", "599", "NNYN"],
  ["NC", "687", "NNYN"],
  ["NZ", "64", "YNNY"],
  ["NI", "505", "NNNN"],
  ["NE", "227", "NNYN"],
  ["NG", "234", "NNYN"],
  ["NU", "683", "NNYN"],
  ["NO", "47", "NYYY"],
  ["OM", "968", "NNYN"],
  ["PK", "92", "NNYN"],
  ["PS", "970", "NNYN"],
  ["PA", "507", "NNYN"],
  ["PG", "675", "NNYN"],
  ["PY", "595", "NNNN"],
  ["PE", "51", "YNNY"],
  ["PH", "63", "NNRY"],
  ["PL", "48", "NYYY"],
  ["PT", "351", "NYYY"],
  ["PR", "1787,1939", "YYNY"],
  ["QA", "974", "NNRN"],
  ["CG", "242", "NNNN"],
  ["RE", "262", "NNYN"],
  ["RO", "40", "NYYY"],
  ["RU", "7", "YNRY"],
  ["RW", "250", "NNYN"],
  ["KN", "1869", "NNNN"],
  ["LC", "1758", "NNNN"],
  ["WS", "685", "NNYN"],
  ["SM", "378", "NNYN"],
  ["ST", "239", "NNYN"],
  ["SA", "966", "NYRN"],
  ["SN", "221", "NNYN"],
  ["RS", "381", "NNYN"],
  ["SC", "248", "NNYN"],
  ["SL", "232", "NNYN"],
  ["SG", "65", "YYYY"],
  ["SK", "421", "NYYN"],
  ["SI", "386", "NNYN"],
  ["SB", "677", "NNYN"],
  ["SO", "252", "NNYN"],
  ["ZA", "27", "YYNY"],
  ["KR", "82", "NNNN"],
  ["SS", "211", "NNYN"],
  ["ES", "34", "YYYY"],
  ["LK", "94", "NNRN"],
  ["SR", "597", "NNYN"],
  ["SZ", "268", "NNYN"],
  ["SE", "46", "YYYY"],
  ["CH", "41", "NYYN"],
  ["TW", "886", "NYYY"],
  ["TJ", "992", "NNYN"],
  ["TZ", "255", "NNYN"],
  ["TH", "66", "NYRY"],
  ["TL", "670", "NNYN"],
  ["TG", "228", "NNYN"],
  ["TO", "676", "NNYN"],
  ["TT", "1868", "NNYN"],
  ["TN", "216", "NNYN"],
  ["TR", "90", "NNRN"],
  ["TM", "993", "NNNN"],
  ["TC", "1649", "NNYN"],
  ["TV", "688", "NNYN"],
  ["UG", "256", "NNYN"],
  ["UA", "380", "NYYY"],
  ["AE", "971", "YYRY"],
  ["GB", "44", "YYYY"],
  ["US", "1", "YYNY"],
  ["UY", "598", "YNNY"],
  ["UZ", "998", "NNYN"],
  ["VU", "678", "NNYN"],
  ["VE", "58", "NNNN"],
  ["VN", "84", "NNRN"],
  ["VG", "1284", "NNYN"],
  ["VI", "1340", "NNNN"],
  ["YE", "967", "NNYN"],
  ["ZM", "260", "NNYN"],
  ["ZW", "263", "NNYN"],
];

const SENDER_ID_SUPPORT: Readonly<Record<string, SenderIdSupport>> = {
  Y: "YES",
  N: "NO",
  R: "REGISTRATION_REQUIRED",
};

/** +1 area codes of Canada (every other +1 area the table does not give to another country is the US). */
const CANADIAN_AREA_CODES =
  "204 226 236 249 250 263 289 306 343 354 365 367 368 382 387 403 416 418 428 431 437 438 450 460 468 474 " +
  "506 514 519 548 579 581 584 587 604 613 639 647 672 683 705 709 742 753 778 780 782 807 819 825 867 873 " +
  "879 902 905";

/** Every country AWS sends SMS to, by ISO code. */
export const SMS_COUNTRIES: ReadonlyMap<string, SmsCountry> = new Map(
  AWS_TABLE.map(([iso, prefixes, offers]) => {
    const canada = iso === "CA" ? CANADIAN_AREA_CODES.split(" ").map((area) => `1${area}`) : [];
    const country: SmsCountry = {
      iso,
      prefixes: iso === "CA" ? canada : prefixes.split(","),
      shortCodes: offers[0] === "Y",
      longCodes: offers[1] === "Y",
      senderIds: SENDER_ID_SUPPORT[offers[2]],
      twoWay: offers[3] === "Y",
    };
    return [iso, country];
  }),
);

/** Every country the emulator can tell a number is in, sorted. */
export const KNOWN_COUNTRIES: readonly string[] = [...SMS_COUNTRIES.keys()].sort();

const COUNTRY_BY_PREFIX: ReadonlyMap<string, string> = new Map(
  [...SMS_COUNTRIES.values()].flatMap((country) => country.prefixes.map((prefix) => [prefix, country.iso])),
);
const LONGEST_PREFIX = Math.max(...[...COUNTRY_BY_PREFIX.keys()].map((prefix) => prefix.length));

/** The E.164 form (with "+") of a destination the model's PhoneNumber pattern accepted (`\+?[1-9][0-9]{1,18}`). */
export function e164(phoneNumber: string): string {
  return phoneNumber.startsWith("+") ? phoneNumber : `+${phoneNumber}`;
}

/** The ISO country of an E.164 number, or undefined when no country of AWS's table has its prefix. */
export function countryOf(phoneNumber: string): string | undefined {
  const digits = e164(phoneNumber).slice(1);
  for (let length = Math.min(LONGEST_PREFIX, digits.length); length >= 1; length--) {
    const country = COUNTRY_BY_PREFIX.get(digits.slice(0, length));
    if (country) return country;
  }
  return undefined;
}
