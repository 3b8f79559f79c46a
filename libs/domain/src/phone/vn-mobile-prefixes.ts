/**
 * Vietnamese mobile numbering, copied from /work/shared/data/vn-mobile-prefixes.json (as of 2026-11-23).
 * Sources: Quyết định 798/QĐ-BTTTT (2018) conversion tables (baonghean.vn/en, kynguyenso.plo.vn,
 * lawnet.vn, validator.js PR #904); google/libphonenumber PhoneNumberMetadata.xml and carrier/en/84.txt
 * (2026-07-17); validator.js isMobilePhone('vi-VN'); intl-tel-input issue #1141 (Reddi 055).
 * Left out on purpose (unconfirmed or disputed): 051, 030/031, 095, and the 10-digit 0160 / 01210–01213
 * M2M ranges.
 */

/** Carrier → 3-digit prefixes of the canonical 10-digit form. */
export const MOBILE_CARRIERS: Readonly<Record<string, readonly string[]>> = {
  // 032–039 are the converted 0162–0169 ranges (2018).
  Viettel: ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'],
  // 070/079/077/076/078 are the converted 0120/0121/0122/0126/0128 ranges.
  MobiFone: ['070', '076', '077', '078', '079', '089', '090', '093'],
  // 081–085 are the converted 0127/0129/0123/0124/0125 ranges.
  VinaPhone: ['081', '082', '083', '084', '085', '088', '091', '094'],
  // 056/058 are the converted 0186/0188 ranges.
  Vietnamobile: ['052', '056', '058', '092'],
  // Gmobile (Gtel); 059 is the converted 0199 range.
  Gmobile: ['059', '099'],
  // Itelecom (Đông Dương Telecom), an MVNO on VinaPhone's network.
  Itelecom: ['087'],
  // Reddi (Mobicast), an MVNO launched in 2020; the "Wintel" rebrand is unconfirmed.
  Reddi: ['055'],
};

/** Every assigned mobile prefix (the JSON's `allPrefixes`): the union of MOBILE_CARRIERS. */
export const MOBILE_PREFIXES: readonly string[] = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '052',
  '055',
  '056',
  '058',
  '059',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '082',
  '083',
  '084',
  '085',
  '086',
  '087',
  '088',
  '089',
  '090',
  '091',
  '092',
  '093',
  '094',
  '096',
  '097',
  '098',
  '099',
];

/**
 * The 2018 conversion of 11-digit numbers to 10 digits: only the network code changed, the last 7
 * digits were kept. 11-digit 01xx numbers are retired and invalid.
 */
export const PHONE_CONVERSION_2018: Readonly<Record<string, string>> = {
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  '0186': '056',
  '0188': '058',
  '0199': '059',
};

/** Every fixed-line area code starts with 02 since the 2017 change (024 Hà Nội, 028 TP. Hồ Chí Minh, …). */
export const LANDLINE_PREFIX = '02';
