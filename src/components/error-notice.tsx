import { Text, View } from '@tarojs/components';
import type { Issue } from '../../types/envelope';
import type { ApiError } from '../services/api-error';

interface Props {
  error?: ApiError;
  onRetry?: () => void;
  /** What each problem concerns, in the user's words (e.g. "第2志愿 某校："), when its path alone says nothing. */
  placeOf?: (issue: Issue) => string;
}

/** Shows a backend refusal as the backend worded it, with each field problem underneath. */
export function ErrorNotice({ error, onRetry, placeOf }: Props) {
  if (!error) return null;
  return (
    <View className="notice notice--error" ariaRole="alert">
      <Text className="notice__title">{error.message}</Text>
      {error.issues.length > 0 ? (
        <View className="notice__body">
          {error.issues.map((issue, i) => (
            <Text key={i} className="notice__item">
              · {placeOf?.(issue)}
              {issue.message}
            </Text>
          ))}
        </View>
      ) : null}
      {onRetry ? (
        <Text className="notice__link" onClick={onRetry}>
          重试
        </Text>
      ) : null}
    </View>
  );
}
