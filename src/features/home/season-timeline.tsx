import { Text, View } from '@tarojs/components';
import type { TimelineStep } from '../../../types/models/season';
import { formatShortDate, todayInShanghai } from '../../utils/format';

/** The season's schedule, with the step that is running today highlighted. */
export function SeasonTimeline({ steps }: { steps: TimelineStep[] }) {
  const today = todayInShanghai();
  return (
    <View className="timeline">
      {steps.map((step) => {
        const state = today > step.end ? 'done' : today >= step.start ? 'current' : 'todo';
        return (
          <View key={step.key} className={`timeline__item timeline__item--${state}`}>
            <View className="timeline__dot" />
            <View className="row">
              <Text className="timeline__title">{step.label}</Text>
              {state === 'current' ? <Text className="tag">进行中</Text> : null}
              {state === 'done' ? <Text className="tag tag--grey">已结束</Text> : null}
            </View>
            <Text className="timeline__meta">
              {step.start === step.end
                ? formatShortDate(step.start)
                : `${formatShortDate(step.start)} — ${formatShortDate(step.end)}`}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
