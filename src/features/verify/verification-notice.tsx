import { Text } from '@tarojs/components';
import type { VerificationView } from '../../../types/models/verification';
import { Notice } from '../../components/notice';
import { GREEN_CHANNEL_KINDS, GREEN_CHANNEL_LABEL } from '../../constants/labels';

/** Where the verification stands, in calm words: an outage is the system's problem, not the family's. */
export function VerificationNotice({ view }: { view: VerificationView }) {
  const confirmed = Boolean(view.confirmedAt);
  return (
    <>
      {view.status === 'pending_departments' ? (
        <Notice tone="info" title="部分部门暂时无法查询（待核验）">
          <Text>
            您可以照常继续报名，报名会以“待核验”受理。系统会自动重新核验，完成后状态自动更新，您无需再做任何操作。
          </Text>
        </Notice>
      ) : view.status === 'needs_material' ? (
        <Notice tone="warning" title={confirmed ? '有一项需要补充照片' : '有一项与登记信息不一致'}>
          <Text>
            {confirmed
              ? '请在标有“!”的项目下上传照片，其余信息已核验，无需提供。'
              : '请先核对下列信息，确认后按提示上传一张照片即可。'}
          </Text>
        </Notice>
      ) : confirmed ? (
        <Notice tone="success" title="您已确认，可以继续报名">
          <Text>
            {view.materials.length > 0
              ? '补充的照片已上传，审核人员会一并查看。'
              : '部门已核验您家的登记信息，无需上传任何证明。'}
          </Text>
        </Notice>
      ) : (
        <Notice tone="success" title="部门已核验您家的登记信息">
          <Text>请逐项核对；无误即可确认，无需上传任何证明。</Text>
        </Notice>
      )}
      {view.greenChannel ? (
        <Notice
          tone="success"
          title={`${GREEN_CHANNEL_LABEL}：${GREEN_CHANNEL_KINDS[view.greenChannel.kind]}`}
        >
          <Text>{view.greenChannel.detail}，报名将按政策优先审核。</Text>
        </Notice>
      ) : null}
    </>
  );
}
