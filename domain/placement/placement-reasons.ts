// The sentences parents read next to their result. Each names the tier and the numbers that decided it, so a
// parent can check the reason against the published record without asking anyone.

export const reasons = {
  wholeTier: (tier: string, children: number, remaining: number) =>
    `${tier}共 ${children} 人报名，未超过剩余学位 ${remaining} 个，无需摇号，全部录取。`,

  drawAdmitted: (tier: string, rank: number, units: number, seats: number) =>
    `${tier}报名人数超过剩余学位 ${seats} 个，经摇号在 ${units} 个报名单元中排第 ${rank} 位，录取。`,

  drawWaitlisted: (tier: string, rank: number, units: number, seats: number) =>
    `${tier}报名人数超过剩余学位 ${seats} 个，经摇号在 ${units} 个报名单元中排第 ${rank} 位，未录取，列入候补。`,

  full: (tier: string) => `名额已满：排在前面的类别已用完全部学位，${tier}未录取，列入候补。`,

  sharedAdmitted: (rank: number, units: number, schoolId: string) =>
    `大学区共享学位摇号在 ${units} 个报名单元中排第 ${rank} 位，分配至 ${schoolId}。`,

  sharedNone: (rank: number, units: number) =>
    `大学区共享学位摇号在 ${units} 个报名单元中排第 ${rank} 位，所填学校均已无空余学位，未分配。`,

  sharedLeft: (rank: number, units: number) =>
    `大学区共享学位摇号在 ${units} 个报名单元中排第 ${rank} 位；名单公布后已不再候补（已在本校递补录取或已退出），不占用共享学位。`,

  sharedReassigned: (left: number) =>
    `本轮有 ${left} 个报名单元在名单公布后不再候补，共享学位已按同一摇号排名在其余报名单元中重新分配。`,

  sharedNoSpare: () => '本大学区各校在本校录取后已无空余学位，未进行共享学位摇号。',

  sharedOnlyUnplaced: () => '仅申请了大学区共享学位，未分配到学位。',
};
