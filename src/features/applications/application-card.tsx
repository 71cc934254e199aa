import { Text, View } from '@tarojs/components';
import type { ApplicationView } from '../../../types/models/application';
import { ContactButtons } from '../../components/contact-buttons';
import { STAGE_LABELS } from '../../constants/labels';
import { BindingTag } from './binding-tag';
import { PlacementNotice } from './placement-notice';
import { SharedSeatsSection } from './shared-seats-section';
import { StatusTag } from './status-tag';
import { StatusTimeline } from './status-timeline';
import { UnbindButton } from './unbind-button';
import { VerificationFacts } from './verification-facts';
import { WithdrawButton } from './withdraw-button';

export function ApplicationCard({
  application,
  sharedDrawId,
  onChanged,
}: {
  application: ApplicationView;
  /** The large district's shared round of this season, once scheduled (R2.2). */
  sharedDrawId?: string;
  onChanged: () => void;
}) {
  const a = application;
  return (
    <View className="card">
      <View className="row">
        <Text className="card__title">{a.school.name}</Text>
        <StatusTag status={a.status} label={a.statusLabel} />
      </View>
      <Text className="list-item__meta">报名编号 {a.appNo}</Text>
      {a.binding ? <BindingTag appNos={a.binding.appNos} /> : null}
      <View className="kv">
        <Text className="kv__key">孩子</Text>
        <Text className="kv__value">
          {a.child.name}（{a.child.idMasked}）
        </Text>
      </View>
      <View className="kv">
        <Text className="kv__key">学段</Text>
        <Text className="kv__value">{STAGE_LABELS[a.stage]}</Text>
      </View>
      <VerificationFacts application={a} />
      {a.placement ? <PlacementNotice application={a} placement={a.placement} /> : null}
      {a.zoneMatch.needsManualConfirmation ? (
        <View className="notice notice--warning">
          <Text>学区需人工确认：{a.zoneMatch.reason}</Text>
        </View>
      ) : null}
      <SharedSeatsSection application={a} sharedDrawId={sharedDrawId} onChanged={onChanged} />
      <Text className="subhead">办理进度</Text>
      <StatusTimeline events={a.timeline} />
      <ContactButtons name={a.school.name} phone={a.school.phone} />
      {a.binding && a.canWithdraw ? <UnbindButton binding={a.binding} onDone={onChanged} /> : null}
      {a.canWithdraw ? <WithdrawButton application={a} onDone={onChanged} /> : null}
    </View>
  );
}
