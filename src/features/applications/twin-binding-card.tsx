import { Text, View } from '@tarojs/components';
import type { ApplicationView } from '../../../types/models/application';
import { AppButton } from '../../components/app-button';
import { Card } from '../../components/card';
import { useConfirmedAction } from '../../services/use-confirmed-action';
import { bindSiblings } from './use-my-applications';

/** The published rule (R2.1), in the words the parent agrees to. */
const RULE = '绑定后作为一个摇号单位：任一人被录取时，绑定的兄弟姐妹同校录取；报名截止前可解除绑定。';

/** Offers twins/multiples applying to the same school one lottery unit; the backend checks the rule. */
export function TwinBindingCard({
  applications,
  onDone,
}: {
  applications: ApplicationView[];
  onDone: () => void;
}) {
  const { run, busy } = useConfirmedAction(onDone);
  const names = applications.map((a) => a.child.name).join('、');
  const appNos = applications.map((a) => a.appNo).join('、');
  const bind = () =>
    run(
      {
        title: '确认绑定摇号？',
        content: `${names}（${appNos}）将作为一个摇号单位。${RULE}`,
        confirmText: '确认绑定',
        done: '已绑定',
        failed: '不能绑定',
      },
      () => bindSiblings(applications.map((a) => a.id)),
    );

  return (
    <Card title="双胞胎（多胞胎）绑定摇号" className="twin-binding">
      <View className="kv">
        <Text className="kv__key">可绑定</Text>
        <Text className="kv__value">
          {names}（{applications[0]?.school.name}）
        </Text>
      </View>
      <Text className="muted">{RULE}</Text>
      <AppButton kind="primary" loading={busy} onClick={() => void bind()}>
        绑定摇号
      </AppButton>
    </Card>
  );
}
