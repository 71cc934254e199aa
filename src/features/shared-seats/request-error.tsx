import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../services/api-error';

/**
 * The backend's refusal, with each problem placed on the wish it concerns ("第2志愿 某校：…"): its issues
 * point at `schoolIds[i]`, which a parent knows only as a place in their own list.
 */
export function RequestError({ error, nameOf }: { error?: ApiError; nameOf: (index: number) => string }) {
  if (!error) return null;
  return (
    <View className="notice notice--error" ariaRole="alert">
      <Text className="notice__title">{error.message}</Text>
      {error.issues.length > 0 ? (
        <View className="notice__body">
          {error.issues.map((issue, i) => {
            const index = issue.path[0] === 'schoolIds' ? issue.path[1] : undefined;
            return (
              <Text key={i} className="notice__item">
                · {typeof index === 'number' ? `第${index + 1}志愿 ${nameOf(index)}：` : ''}
                {issue.message}
              </Text>
            );
          })}
        </View>
      ) : null}
    </View>
  );
}
