import { Text, View } from '@tarojs/components';
import { Card } from '../../components/card';
import { ErrorNotice } from '../../components/error-notice';
import { Loading } from '../../components/loading';
import { useApi } from '../../services/use-api';
import { categoryAt } from './verify-api';

interface Props {
  verificationId?: string;
  schoolId?: string;
  /** While a department is down the category would rest on half the facts: say when it will be known. */
  pending: boolean;
}

/** 入学类别 for the chosen school, from the verified facts, with the reason in words. */
export function CategoryCard({ verificationId, schoolId, pending }: Props) {
  const skip = !verificationId || !schoolId || pending;
  const category = useApi(
    () => (skip ? Promise.resolve(undefined) : categoryAt(verificationId!, schoolId!)),
    [verificationId, schoolId, skip],
    { skip },
  );
  if (!verificationId || !schoolId) return null;
  return (
    <Card title="入学类别">
      {pending ? (
        <Text className="muted">部门核验完成后自动确定入学类别，届时可在“我的报名”查看。</Text>
      ) : (
        <View id="category">
          {category.loading ? <Loading /> : null}
          <ErrorNotice error={category.error} onRetry={() => void category.reload()} />
          {category.data ? (
            <>
              <Text className="tag tag--teal">{category.data.name}</Text>
              <Text className="category__why">{category.data.explanation}</Text>
            </>
          ) : null}
        </View>
      )}
    </Card>
  );
}
