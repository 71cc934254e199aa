import type { LotteryScenarioReport } from './run-lottery-scenario';
import { LOTTERY_SCHOOL_ID, LOTTERY_TIER } from './scenario-plan';

/** The console lines `npm start` prints for DEMO_SCENARIO=lottery: what is there and what to do next. */
export const describeLotteryScenario = (r: LotteryScenarioReport, baseUrl: string): string[] => {
  const seconds = (r.elapsedMs / 1000).toFixed(1);
  const lines = [
    r.submitted > 0
      ? `[scenario] 演示摇号：${r.submitted} 份报名已通过真实接口提交（同意书 → 添加孩子 → 一键核 → 提交，双胞胎绑定），用时 ${seconds} 秒`
      : `[scenario] 演示摇号：报名已在此前的启动中写入（${r.skippedFamilies} 户），未再添加`,
  ];
  for (const s of r.schools) {
    const tiers = s.tiers.map(([, name, n]) => `${name} ${n}`).join('，');
    lines.push(`[scenario]   ${s.schoolName}（${s.schoolId}，学位 ${s.capacity}）：${tiers}`);
  }
  lines.push(
    r.clockFrom === r.clockTo
      ? `[scenario] 时钟：${r.clockTo}（已在报名撤回截止 ${r.withdrawDeadline} 之后）`
      : `[scenario] 时钟已从 ${r.clockFrom} 拨到 ${r.clockTo}（报名撤回截止 ${r.withdrawDeadline} 之后）`,
  );
  if (r.drawStatus) {
    lines.push(`[scenario] 摇号 ${r.drawId} 已安排（${r.drawStatus}）`);
    return lines;
  }
  lines.push(
    `[scenario] 下一步：以管理员登录，安排 ${LOTTERY_SCHOOL_ID} ${LOTTERY_TIER} 的摇号（例如 ${r.suggestedDrawAt}），添加公证员，`,
    `[scenario]   再 POST ${baseUrl}/__clock {"at":"${r.suggestedDrawAt}"}，重新登录后摇号`,
  );
  return lines;
};
