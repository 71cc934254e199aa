import type { NormalizedAddress } from './normalize-address';
import type { EstateHit, RuleIndex, StreetHit } from './rule-index';

// The sentences a parent (and the reviewing staff) read next to each candidate school.
const PARITY_LABEL = { all: '', odd: '（单号）', even: '（双号）' } as const;

export function streetReason({ rule }: StreetHit, houseNo: number, addressLabel: string): string {
  const range = `${rule.street}${Math.min(rule.from, rule.to)}–${Math.max(rule.from, rule.to)}号`;
  return `${addressLabel}“${rule.street}${houseNo}号”属于${range}${PARITY_LABEL[rule.parity]}施教范围`;
}

export function estateReason({ rule, alias }: EstateHit): string {
  return alias === undefined
    ? `小区“${rule.estate}”属于本校施教区`
    : `小区“${rule.estate}”（别名“${alias}”）属于本校施教区`;
}

export const polygonReason = (onBoundary: boolean) =>
  onBoundary ? '定位坐标位于本校施教区边界上' : '定位坐标位于本校施教区范围内';

const CONTACT = '或联系区教育局确认';

/** Why nothing matched, as precisely as the input allows, and what the parent can do next. */
export function noneReason(
  address: NormalizedAddress | undefined,
  hasLocation: boolean,
  rules?: RuleIndex,
): string {
  if (!address && !hasLocation) return '请填写居住地址（街道门牌号或小区名称）或使用定位，以便匹配施教区';
  if (!address) return `定位坐标不在已公布的施教区范围内，请填写详细地址，${CONTACT}`;
  if (!rules?.hasDistrict(address.district)) return `暂未查到该区县的施教区信息，请核对所选区县，${CONTACT}`;
  if (address.street && rules.hasStreet(address.district, address.street)) {
    if (address.houseNo === undefined) return '请补充门牌号（如“128号”），以便判断所属施教区';
    return `门牌号${address.houseNo}号不在该街道已公布的施教范围内，请核对门牌号，${CONTACT}`;
  }
  return `未能根据所填地址匹配到施教区，请核对街道、门牌号或小区名称，${CONTACT}`;
}

export function ambiguousReason(schools: number, onBoundary: boolean, sourcesDisagree: boolean): string {
  const confirm = '需由工作人员人工确认所属学校，确认结果将通知您';
  if (schools === 1) return `定位坐标位于施教区边界上，${confirm}`;
  const why = sourcesDisagree ? '所填地址与定位坐标对应的学校不一致' : `地址对应 ${schools} 所学校的施教区`;
  return `${why}${onBoundary ? '（定位坐标位于施教区边界上）' : ''}，${confirm}`;
}
