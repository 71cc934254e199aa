import { Text, View } from '@tarojs/components';
import type { SchoolView } from '../../../types/models/school';

interface Props {
  schools: SchoolView[];
  /** Chosen school ids, most wanted first. */
  order: string[];
  /** The backend's word on a chosen school, by id. */
  problems: Map<string, string>;
  onToggle: (schoolId: string) => void;
}

/** Every school one can ask for, tappable; a chosen one wears its place in the order. */
export function SchoolPicker({ schools, order, problems, onToggle }: Props) {
  return (
    <View ariaRole="list">
      {schools.map((s) => {
        const place = order.indexOf(s.id);
        const problem = problems.get(s.id);
        return (
          <View
            key={s.id}
            className={`selectable shared-pick ${place >= 0 ? 'selectable--active' : ''}`}
            ariaRole="checkbox"
            aria-checked={place >= 0}
            onClick={() => onToggle(s.id)}
          >
            <View className="shared-pick__body">
              <Text className="list-item__title">{s.name}</Text>
              <Text className="list-item__meta">
                计划招生 {s.capacity} 人 · {s.address}
              </Text>
              {problem ? <Text className="shared-pick__error">{problem}</Text> : null}
            </View>
            {place >= 0 ? <Text className="tag tag--teal">第{place + 1}志愿</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
