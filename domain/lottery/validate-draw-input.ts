// Guarding the edge: a draw input arrives as untrusted JSON (a file, a request). Every rule of the spec is
// checked here and reported, in Chinese and English, as a list; nothing throws, so a caller can show all
// problems at once. The draw functions themselves assume input that passed.
import { canonicalUnit } from './canonical-list';

export interface InputProblem {
  /** The top-level input field at fault (`drawId`, `units`, ...). */
  readonly field: string;
  /** What is wrong and where, in Chinese then English. */
  readonly message: string;
}

export const DRAW_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const APPLICATION_NUMBER_PATTERN = /^[A-Za-z0-9-]{1,40}$/;
export const SCHOOL_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const SECRET_PATTERN = /^[\x21-\x7e]{16,128}$/;
export const PUBLIC_ENTROPY_PATTERN = /^[\x21-\x7e]{1,256}$/;

type Fields = Readonly<Record<string, unknown>>;

/** Problems of a school draw input or, when it has `spare`/`preferences`, a shared-seat round; [] if valid. */
export function validateDrawInput(input: unknown): InputProblem[] {
  if (!isObject(input)) {
    return [problem('input', '输入须为 JSON 对象', 'the input must be a JSON object')];
  }
  const shared = 'spare' in input || 'preferences' in input;
  if (shared && ('seats' in input || 'units' in input)) {
    return [
      problem(
        'input',
        '不能同时含有 seats/units（学校摇号）与 spare/preferences（共享学位）',
        'the input has both seats/units (school draw) and spare/preferences (shared seats)',
      ),
    ];
  }
  const problems = [...checkDrawId(input)];
  if (shared) problems.push(...checkSpare(input), ...checkPreferences(input));
  else problems.push(...checkSeats(input), ...checkUnits(input));
  problems.push(...checkSecrets(input));
  return problems;
}

function checkDrawId(input: Fields): InputProblem[] {
  return isText(input.drawId, DRAW_ID_PATTERN)
    ? []
    : [
        problem(
          'drawId',
          'drawId 须为 1–64 位字母、数字或 . _ -',
          'drawId must be 1–64 letters, digits, ".", "_" or "-"',
        ),
      ];
}

function checkSeats(input: Fields): InputProblem[] {
  return isSeatCount(input.seats)
    ? []
    : [problem('seats', '学位数 seats 须为不小于 0 的整数', 'seats must be a whole number ≥ 0')];
}

function checkUnits(input: Fields): InputProblem[] {
  const units = input.units;
  if (!Array.isArray(units)) {
    return [problem('units', 'units 须为报名单元的数组', 'units must be an array of units')];
  }
  const problems: InputProblem[] = [];
  const seen = new Map<string, string>();
  units.forEach((unit: unknown, u) => {
    if (!Array.isArray(unit) || unit.length === 0) {
      problems.push(
        problem(
          'units',
          `units[${u}] 须为非空的报名号数组`,
          `units[${u}] must be a non-empty list of application numbers`,
        ),
      );
      return;
    }
    unit.forEach((number: unknown, i) => {
      const where = `units[${u}][${i}]`;
      problems.push(...checkApplicationNumber('units', where, number, seen));
    });
  });
  return problems;
}

function checkApplicationNumber(
  field: string,
  where: string,
  value: unknown,
  seen: Map<string, string>,
): InputProblem[] {
  if (!isText(value, APPLICATION_NUMBER_PATTERN)) {
    return [
      problem(
        field,
        `${where}：报名号须为 1–40 位字母、数字或 -`,
        `${where}: an application number must be 1–40 letters, digits or "-"`,
      ),
    ];
  }
  const first = seen.get(value);
  if (first !== undefined) {
    return [
      problem(
        field,
        `报名号 ${value} 重复出现（${first} 与 ${where}）`,
        `application number ${value} appears twice (${first} and ${where})`,
      ),
    ];
  }
  seen.set(value, where);
  return [];
}

function checkSpare(input: Fields): InputProblem[] {
  const spare = input.spare;
  if (!isObject(spare)) {
    return [
      problem(
        'spare',
        'spare 须为“学校编号 → 空余学位数”的对象',
        'spare must be an object of school id → seats',
      ),
    ];
  }
  const problems: InputProblem[] = [];
  for (const [id, seats] of Object.entries(spare)) {
    if (!SCHOOL_ID_PATTERN.test(id)) {
      problems.push(
        problem(
          'spare',
          `spare 中的学校编号 ${JSON.stringify(id)} 须为 1–64 位字母、数字或 . _ -`,
          `school id ${JSON.stringify(id)} in spare must be 1–64 letters, digits, ".", "_" or "-"`,
        ),
      );
    } else if (!isSeatCount(seats)) {
      problems.push(
        problem('spare', `spare.${id} 须为不小于 0 的整数`, `spare.${id} must be a whole number ≥ 0`),
      );
    }
  }
  return problems;
}

function checkPreferences(input: Fields): InputProblem[] {
  const preferences = input.preferences;
  if (!isObject(preferences)) {
    return [
      problem(
        'preferences',
        'preferences 须为“报名单元键 → 学校编号列表”的对象',
        'preferences must be an object of unit key → list of school ids',
      ),
    ];
  }
  // Without a usable spare the school ids cannot be checked; the spare problem already says why.
  const schools = isObject(input.spare) ? new Set(Object.keys(input.spare)) : null;
  const problems: InputProblem[] = [];
  const seen = new Map<string, string>();
  for (const [key, ids] of Object.entries(preferences)) {
    const where = `preferences[${JSON.stringify(key)}]`;
    const numbers = key.split('+');
    const before = problems.length;
    numbers.forEach((number, i) =>
      problems.push(...checkApplicationNumber('preferences', `${where}#${i}`, number, seen)),
    );
    if (problems.length === before && canonicalUnit(numbers).key !== key) {
      problems.push(
        problem(
          'preferences',
          `${where}：键须为按字节序排序、以 + 连接的报名号（应为 ${canonicalUnit(numbers).key}）`,
          `${where}: the key must be the application numbers sorted in byte order and joined with "+" (${canonicalUnit(numbers).key})`,
        ),
      );
    }
    if (!Array.isArray(ids)) {
      problems.push(
        problem('preferences', `${where} 须为学校编号数组`, `${where} must be a list of school ids`),
      );
      continue;
    }
    ids.forEach((id: unknown, i) => {
      if (typeof id !== 'string' || !SCHOOL_ID_PATTERN.test(id)) {
        problems.push(
          problem(
            'preferences',
            `${where}[${i}]：学校编号须为 1–64 位字母、数字或 . _ -`,
            `${where}[${i}]: a school id must be 1–64 letters, digits, ".", "_" or "-"`,
          ),
        );
      } else if (schools !== null && !schools.has(id)) {
        problems.push(
          problem(
            'preferences',
            `${where}[${i}]：学校编号 ${id} 不在 spare 中`,
            `${where}[${i}]: school id ${id} is not in spare`,
          ),
        );
      }
    });
  }
  return problems;
}

function checkSecrets(input: Fields): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!isText(input.secret, SECRET_PATTERN)) {
    problems.push(
      problem(
        'secret',
        '密钥 secret 须为 16–128 位可打印 ASCII 字符（不含空格）',
        'secret must be 16–128 printable ASCII characters (no space)',
      ),
    );
  }
  if (!isText(input.publicEntropy, PUBLIC_ENTROPY_PATTERN)) {
    problems.push(
      problem(
        'publicEntropy',
        '现场公开随机数 publicEntropy 须为 1–256 位可打印 ASCII 字符（不含空格）',
        'publicEntropy must be 1–256 printable ASCII characters (no space)',
      ),
    );
  }
  return problems;
}

function problem(field: string, chinese: string, english: string): InputProblem {
  return { field, message: `${chinese} / ${english}` };
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, pattern: RegExp): value is string {
  return typeof value === 'string' && pattern.test(value);
}

function isSeatCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
