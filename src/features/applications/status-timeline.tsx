import { Text, View } from '@tarojs/components';
import type { TimelineEvent } from '../../../types/models/application';
import { APPLICATION_STATUS_LABELS } from '../../constants/labels';
import { formatInstant } from '../../utils/format';

/** What happened to the application, newest last, each step with its explanation. */
export function StatusTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <View className="timeline">
      {events.map((event, i) => (
        <View
          key={`${event.status}-${event.at}`}
          className={`timeline__item ${i === events.length - 1 ? 'timeline__item--current' : 'timeline__item--done'}`}
        >
          <View className="timeline__dot" />
          <Text className="timeline__title">{APPLICATION_STATUS_LABELS[event.status]}</Text>
          <Text className="timeline__meta">{formatInstant(event.at)}</Text>
          {event.note ? <Text className="muted">{event.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
