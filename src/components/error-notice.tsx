import { Text, View } from '@tarojs/components';
import type { ApiError } from '../services/api-error';

interface Props {
  error?: ApiError;
  onRetry?: () => void;
}

/** Shows a backend refusal as the backend worded it, with each field problem underneath. */
export function ErrorNotice({ error, onRetry }: Props) {
  if (!error) return null;
  return (
    <View className="notice notice--error" ariaRole="alert">
      <Text className="notice__title">{error.message}</Text>
      {error.issues.length > 0 ? (
        <View className="notice__body">
          {error.issues.map((issue, i) => (
            <Text key={i} className="notice__item">
              · {issue.message}
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
