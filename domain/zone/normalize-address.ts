import type { Address } from '../../types/models/address';

/** An address reduced to lookup keys: the same place typed two ways gives the same keys. */
export interface NormalizedAddress {
  district: string;
  street?: string;
  houseNo?: number;
  estate?: string;
  building?: string;
}

/**
 * Key form of a place name: NFKC folds full-width letters, digits and brackets (typed with a Chinese
 * IME) to half-width; spaces go; Latin letters are lower-cased ("SOHO" = "soho").
 */
export function normalizeName(s: string): string {
  // Fast path for what parents type most: common CJK ideographs, ASCII lower-case letters, digits and
  // hyphens are already in key form (NFKC leaves them alone), so skip the costly normalisation.
  if (ALREADY_KEY.test(s)) return s;
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
const ALREADY_KEY = /^[\u4e00-\u9fa5a-z0-9-]*$/;

/** Estates are written with and without "小区"; the key drops it (花园/苑 stay: aliases cover those). */
export function normalizeEstate(s: string): string {
  const key = normalizeName(s);
  return key.length > 3 && key.endsWith('小区') ? key.slice(0, -2) : key;
}

/** "128号", "１２８", "128-3号", "128号之1" → 128; nothing usable → undefined. */
export function parseHouseNumber(s: string): number | undefined {
  const match = /^(\d{1,6})(?:$|[-号號之附])/.exec(normalizeName(s));
  return match ? Number(match[1]) : undefined;
}

// Parents often type the number into the street field: "南湖路128号".
const STREET_WITH_NUMBER = /^(\D+?)(\d{1,6}(?:[-之附]\d+)?[号號]?)$/;

export function normalizeAddress(address: Address): NormalizedAddress {
  const out: NormalizedAddress = { district: normalizeName(address.district) };
  let street = address.street ? normalizeName(address.street) : '';
  let houseNumber = address.houseNumber ?? '';
  const split = STREET_WITH_NUMBER.exec(street);
  if (split && !normalizeName(houseNumber)) {
    street = split[1] as string;
    houseNumber = split[2] as string;
  }
  if (street) out.street = street;
  const houseNo = parseHouseNumber(houseNumber);
  if (houseNo !== undefined) out.houseNo = houseNo;
  const estate = address.estate ? normalizeEstate(address.estate) : '';
  if (estate) out.estate = estate;
  const building = address.building ? normalizeName(address.building) : '';
  if (building) out.building = building;
  return out;
}
