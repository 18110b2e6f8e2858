// The countries of a protect configuration's SMS rule set: the countries AWS's published table of supported
// countries lists (see emulator/countries.ts; the emulator's GetProtectConfigurationCountryRuleSet answers the same
// list, and a spec keeps the two equal). Plain data, inside the pack: dist/policy runs on its own when Pulumi loads
// the installed pack.

/** ISO 3166-1 alpha-2 codes, sorted. */
// biome-ignore format: one block of codes reads better than one code per line.
export const RULE_SET_COUNTRIES: readonly string[] = [
  "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AN", "AR", "AT", "AU", "AW", "AZ", "BA", "BB", "BD", "BE", "BF",
  "BG", "BH", "BI", "BM", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CF", "CG", "CH", "CI",
  "CK", "CL", "CM", "CN", "CO", "CR", "CV", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG",
  "ER", "ES", "ET", "FI", "FJ", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM",
  "GN", "GP", "GQ", "GR", "GT", "GU", "GW", "GY", "HK", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN",
  "IQ", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KM", "KN", "KR", "KV", "KW", "KY", "KZ", "LA",
  "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MG", "MH", "MK", "ML",
  "MM", "MN", "MO", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NG", "NI",
  "NL", "NO", "NP", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PR", "PS", "PT", "PY", "QA",
  "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SE", "SG", "SI", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
  "ST", "SV", "SZ", "TC", "TD", "TG", "TH", "TJ", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA",
  "UG", "US", "UY", "UZ", "VE", "VG", "VI", "VN", "VU", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];
