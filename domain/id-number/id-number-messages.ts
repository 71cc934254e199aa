import type { IdNumberProblem } from './parse-id-number';

/** What the parent sees for each problem: what is wrong and what to do about it. */
export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  empty: '请输入孩子的18位居民身份证号码',
  whitespace: '身份证号中不能有空格，请删除空格后重新输入',
  full_width: '身份证号中含有全角字符，请切换到半角（英文）输入法重新输入',
  legacy_15: '这是15位旧身份证号码，请使用18位新身份证号码',
  length: '身份证号应为18位，请核对位数后重新输入',
  characters: '身份证号前17位只能是数字，最后一位是数字或字母X，请核对',
  region: '身份证号前6位（地区码）无效，请核对',
  date: '身份证号中的出生日期（第7–14位）不是有效日期，请核对',
  check_digit: '身份证号最后一位校验码不正确，请逐位核对',
};
