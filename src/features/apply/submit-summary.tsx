import { Text, View } from '@tarojs/components';
import { Card } from '../../components/card';
import { ADDRESS_KIND_LABELS, STAGE_LABELS } from '../../constants/labels';
import { formatAddress, toAddress } from './address-form';
import { effectiveResidence, type ApplyDraft } from './draft-store';

const Row = ({ k, v }: { k: string; v: string }) => (
  <View className="kv">
    <Text className="kv__key">{k}</Text>
    <Text className="kv__value">{v}</Text>
  </View>
);

/** Everything that will be submitted, one last time, in the parent's words. */
export function SubmitSummary({ draft }: { draft: ApplyDraft }) {
  const hukou = toAddress(draft.hukouAddress);
  const residence = toAddress(effectiveResidence(draft));
  return (
    <View>
      <Card title="孩子">
        <Row k="学段" v={STAGE_LABELS[draft.stage]} />
        <Row k="姓名" v={draft.child?.name ?? '未选择'} />
        <Row k="身份证号" v={draft.child?.idMasked ?? '—'} />
      </Card>
      <Card title="地址">
        <Row k="户籍地址" v={hukou ? formatAddress(hukou) : '未填写'} />
        <Row
          k="居住地址"
          v={draft.residenceSameAsHukou ? '同户籍地址' : residence ? formatAddress(residence) : '未填写'}
        />
        <Row k="入学依据" v={ADDRESS_KIND_LABELS[draft.basis]} />
        {draft.verificationId ? <Row k="核验" v="已完成部门一键核验" /> : null}
      </Card>
      <Card title="报名学校">
        <Row k="学校" v={draft.school?.name ?? '未选择'} />
        <Row k="匹配说明" v={draft.school?.reason ?? '—'} />
        {draft.school?.needsManualConfirmation ? (
          <Text className="tag tag--orange">需人工确认学区</Text>
        ) : null}
      </Card>
    </View>
  );
}
