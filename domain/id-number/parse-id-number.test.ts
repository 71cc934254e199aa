import { makeIdNumber } from './make-id-number';
import { maskIdNumber } from './mask-id-number';
import { parseIdNumber, type IdNumberProblem } from './parse-id-number';

const TODAY = '2026-06-01';
const parse = (raw: string) => parseIdNumber(raw, TODAY);

describe('parseIdNumber accepts valid numbers', () => {
  it.each([
    // The worked example of GB 11643-1999, with an X check digit.
    ['11010519491231002X', '11010519491231002X', '1949-12-31', 'female', '110105'],
    ['11010519491231002x', '11010519491231002X', '1949-12-31', 'female', '110105'],
    [
      makeIdNumber('510703', '2020-02-29', '123'),
      makeIdNumber('510703', '2020-02-29', '123'),
      '2020-02-29',
      'male',
      '510703',
    ],
    [
      makeIdNumber('820001', '2019-09-01', '010'),
      makeIdNumber('820001', '2019-09-01', '010'),
      '2019-09-01',
      'female',
      '820001',
    ],
    [
      makeIdNumber('650102', '1900-01-01', '001'),
      makeIdNumber('650102', '1900-01-01', '001'),
      '1900-01-01',
      'male',
      '650102',
    ],
    [makeIdNumber('510703', TODAY, '002'), makeIdNumber('510703', TODAY, '002'), TODAY, 'female', '510703'],
  ])('%s', (raw, idNumber, birthDate, sex, regionCode) => {
    expect(parse(raw)).toEqual({ ok: true, value: { idNumber, birthDate, sex, regionCode } });
  });
});

describe('parseIdNumber names the problem', () => {
  const valid = makeIdNumber('510703', '2020-08-31', '123');
  const withLast = (id: string, last: string) => id.slice(0, 17) + last;
  const wrongCheck = withLast(valid, valid.endsWith('0') ? '1' : '0');
  it.each<[string, string, IdNumberProblem]>([
    ['empty', '', 'empty'],
    ['only spaces', '   ', 'empty'],
    ['inner space', `${valid.slice(0, 6)} ${valid.slice(6)}`, 'whitespace'],
    ['trailing space', `${valid} `, 'whitespace'],
    ['ideographic space', `${valid}\u3000`, 'whitespace'],
    ['full-width digits', '５１０７０３２０２００８３１１２３４', 'full_width'],
    ['full-width X', '11010519491231002Ｘ', 'full_width'],
    ['15-digit legacy', '510703200831123', 'legacy_15'],
    ['too short', valid.slice(0, 17), 'length'],
    ['too long', `${valid}1`, 'length'],
    ['15 chars with a letter', '51070320083112X', 'length'],
    ['letter inside', `${valid.slice(0, 5)}A${valid.slice(6)}`, 'characters'],
    ['X not last', `X${valid.slice(1)}`, 'characters'],
    ['region 000000', makeIdNumber('000000', '2020-08-31', '123'), 'region'],
    ['unknown province 99', makeIdNumber('990101', '2020-08-31', '123'), 'region'],
    ['province 10', makeIdNumber('100101', '2020-08-31', '123'), 'region'],
    ['province 84', makeIdNumber('840101', '2020-08-31', '123'), 'region'],
    ['province 90', makeIdNumber('900101', '2020-08-31', '123'), 'region'],
    ['February 30', makeIdNumber('510703', '2020-02-30', '123'), 'date'],
    ['month 13', makeIdNumber('510703', '2020-13-01', '123'), 'date'],
    ['29 Feb in a common year', makeIdNumber('510703', '2021-02-29', '123'), 'date'],
    ['29 Feb 1900 (not a leap year)', makeIdNumber('510703', '1900-02-29', '123'), 'date'],
    ['before 1900', '440524188001010014', 'date'],
    ['born tomorrow', makeIdNumber('510703', '2026-06-02', '123'), 'date'],
    ['day 00', makeIdNumber('510703', '2020-08-00', '123'), 'date'],
    ['wrong check digit', wrongCheck, 'check_digit'],
    ['X where a digit belongs', withLast(valid, valid.endsWith('X') ? '0' : 'X'), 'check_digit'],
  ])('%s', (_label, raw, problem) => {
    const result = parse(raw);
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.message).toMatch(/身份证|请/);
  });

  it('tells the parent how many characters were typed', () => {
    expect(parse('5107032020')).toMatchObject({ message: '身份证号应为18位，您输入了10位，请核对' });
  });

  it('gives each problem its own message', () => {
    expect(parse('５')).toMatchObject({
      message: '身份证号中含有全角字符，请切换到半角（英文）输入法重新输入',
    });
    expect(parse('510703200831123')).toMatchObject({
      message: '这是15位旧身份证号码，请使用18位新身份证号码',
    });
    expect(parse(wrongCheck)).toMatchObject({ message: '身份证号最后一位校验码不正确，请逐位核对' });
  });
});

describe('makeIdNumber and maskIdNumber', () => {
  it('makes numbers that parse back to their parts', () => {
    for (const seq of ['000', '001', '123', '998', '999']) {
      const id = makeIdNumber('510703', '2019-12-31', seq);
      expect(parse(id)).toMatchObject({ ok: true, value: { birthDate: '2019-12-31', regionCode: '510703' } });
    }
  });

  it('rejects malformed parts', () => {
    expect(() => makeIdNumber('51070', '2019-12-31', '001')).toThrow(RangeError);
    expect(() => makeIdNumber('510703', '20191231', '001')).toThrow(RangeError);
    expect(() => makeIdNumber('510703', '2019-12-31', '1')).toThrow(RangeError);
  });

  it.each([
    ['510703202008311234', '510703********1234'],
    ['11010519491231002X', '110105********002X'],
  ])('masks %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it('refuses to mask something that is not an 18-character number', () => {
    expect(() => maskIdNumber('123')).toThrow(RangeError);
  });
});
