// Demo families of the department simulator (docs/departments.md, server/department-simulator/demo-families.ts).
export interface Family {
  guardian: string;
  guardianId: string;
  child: string;
  childId: string;
  school: string;
}

export const FAMILIES = {
  standard: {
    guardian: '李建国',
    guardianId: '510703198805121111',
    child: '李小明',
    childId: '510703202003151238',
    school: '城南第一小学',
  },
  mismatch: {
    guardian: '刘洋',
    guardianId: '51070319860707115X',
    child: '刘思远',
    childId: '51070320200105133X',
    school: '',
  },
  military: {
    guardian: '孙强',
    guardianId: '510703198510011193',
    child: '孙嘉怡',
    childId: '510703201912121445',
    school: '城北第一小学',
  },
  talent: {
    guardian: '周敏',
    guardianId: '510703198404161200',
    child: '周子墨',
    childId: '51070320200831151X',
    school: '城西第一小学',
  },
  /** A real guardian (张伟, family migrantShort) who is not 孙嘉怡's: every department says not found. */
  stranger: { guardian: '张伟', guardianId: '500101198709191139', child: '', childId: '', school: '' },
} satisfies Record<string, Family>;

export const maskedId = (id: string): string => `${id.slice(0, 6)}********${id.slice(14)}`;
