import { Text, View } from '@tarojs/components';

const STEPS = ['授权', '孩子', '核验', '地址', '学区', '提交'] as const;
export type ApplyStep = (typeof STEPS)[number];

/** Where the parent is in the flow: six short steps. */
export function ApplySteps({ current }: { current: ApplyStep }) {
  const at = STEPS.indexOf(current);
  return (
    <View className="steps" ariaLabel={`报名步骤：第${at + 1}步，共${STEPS.length}步`}>
      {STEPS.map((label, i) => (
        <View
          key={label}
          className={`steps__item ${i < at ? 'steps__item--done' : ''} ${i === at ? 'steps__item--current' : ''}`}
        >
          <View className="steps__num">
            <Text>{i < at ? '✓' : i + 1}</Text>
          </View>
          <Text>{label}</Text>
        </View>
      ))}
    </View>
  );
}
