import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DepartmentKind } from '../../../types/models/department-facts';
import type { VerificationView } from '../../../types/models/verification';
import { AppButton } from '../../components/app-button';
import { ErrorNotice } from '../../components/error-notice';
import { DEPARTMENT_SUBJECTS } from '../../constants/labels';
import { ApiError, toApiError } from '../../services/api-error';
import { pickPhoto } from './pick-photo';
import { uploadMaterial } from './verify-api';

const PROOFS: Record<DepartmentKind, string> = {
  hukou: '户口簿户主页和孩子本人页',
  property: '不动产权证书或购房合同',
  social_insurance: '社保缴费证明',
  residence_permit: '居住证和租赁备案证明',
  military: '军人证件或部队出具的证明',
  talent: '人才认定证书',
};

interface Props {
  verificationId: string;
  kind: DepartmentKind;
  uploaded?: VerificationView['materials'][number];
  /** Optional when the department is only down: the parent may wait for the re-check instead. */
  optional?: boolean;
  onUploaded: (view: VerificationView) => void;
}

/** One photo for one check: take or choose it, it is compressed here and sent through the Files port. */
export function MaterialUpload({ verificationId, kind, uploaded, optional, onUploaded }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const upload = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const photo = await pickPhoto(kind);
      if (photo) onUploaded(await uploadMaterial(verificationId, kind, photo));
    } catch (e) {
      setError(
        e instanceof ApiError || !(e instanceof Error) ? toApiError(e) : new ApiError('PHOTO', e.message),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className={`material ${uploaded ? 'material--done' : ''}`} id={`material-${kind}`}>
      {uploaded ? (
        <Text className="material__done">
          已上传{DEPARTMENT_SUBJECTS[kind]}证明照片（{Math.max(1, Math.round(uploaded.size / 1024))}{' '}
          KB），审核人员会查看
        </Text>
      ) : (
        <Text className="material__hint">
          {optional
            ? `不想等待部门恢复？可上传${DEPARTMENT_SUBJECTS[kind]}证明的照片代替`
            : `请上传${PROOFS[kind]}的照片，拍清楚即可`}
        </Text>
      )}
      <ErrorNotice error={error} />
      <AppButton kind="secondary" small loading={busy} onClick={() => void upload()}>
        {uploaded ? '重新上传照片' : '拍照或选择照片'}
      </AppButton>
    </View>
  );
}
