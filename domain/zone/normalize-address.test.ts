import { normalizeAddress, normalizeEstate, normalizeName, parseHouseNumber } from './normalize-address';

describe('parseHouseNumber', () => {
  it.each<[string, number | undefined]>([
    ['128', 128],
    ['128号', 128],
    ['128號', 128],
    ['１２８', 128],
    ['１２８号', 128],
    ['128-3号', 128],
    ['128－3', 128],
    ['128号之1', 128],
    [' 128 号 ', 128],
    ['0', 0],
    ['', undefined],
    ['号', undefined],
    ['一二八号', undefined],
    ['3栋', undefined],
    ['A12', undefined],
  ])('%j → %s', (raw, houseNo) => {
    expect(parseHouseNumber(raw)).toBe(houseNo);
  });
});

describe('normalizeName and normalizeEstate', () => {
  it.each([
    ['南湖路', '南湖路'],
    [' 南 湖 路 ', '南湖路'],
    ['南湖路\u3000', '南湖路'],
    ['ＳＯＨＯ现代城', 'soho现代城'],
    ['锦绣花园（二期）', '锦绣花园(二期)'],
  ])('normalizeName(%j) = %j', (raw, key) => {
    expect(normalizeName(raw)).toBe(key);
  });

  it.each([
    ['锦绣花园小区', '锦绣花园'],
    ['锦绣花园', '锦绣花园'],
    ['锦绣苑', '锦绣苑'],
    ['金小区', '金小区'],
    ['ＸＹ 小区 ', 'xy'],
  ])('normalizeEstate(%j) = %j', (raw, key) => {
    expect(normalizeEstate(raw)).toBe(key);
  });
});

describe('normalizeAddress', () => {
  it('reduces every field to its key', () => {
    expect(
      normalizeAddress({
        district: ' 涪城区',
        street: '南湖路 ',
        houseNumber: '１２８号',
        estate: '锦绣花园小区',
        building: '３栋',
      }),
    ).toEqual({ district: '涪城区', street: '南湖路', houseNo: 128, estate: '锦绣花园', building: '3栋' });
  });

  it('takes the number out of the street field when the house number is empty', () => {
    expect(normalizeAddress({ district: '涪城区', street: '南湖路128-3号' })).toEqual({
      district: '涪城区',
      street: '南湖路',
      houseNo: 128,
    });
    expect(normalizeAddress({ district: '涪城区', street: '南湖路１２８', houseNumber: ' ' })).toMatchObject({
      street: '南湖路',
      houseNo: 128,
    });
  });

  it('keeps streets whose names contain digits but no house number', () => {
    expect(normalizeAddress({ district: '涪城区', street: '建设路3段' })).toEqual({
      district: '涪城区',
      street: '建设路3段',
    });
    expect(normalizeAddress({ district: '涪城区', street: '1号路', houseNumber: '5' })).toMatchObject({
      street: '1号路',
      houseNo: 5,
    });
  });

  it('drops empty optional fields', () => {
    expect(normalizeAddress({ district: '涪城区', street: '', estate: ' ', houseNumber: '附近' })).toEqual({
      district: '涪城区',
    });
  });
});
