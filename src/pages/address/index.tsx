import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { Address } from '../../../types/models/address';
import { AppButton } from '../../components/app-button';
import { Card } from '../../components/card';
import { ChoiceChips } from '../../components/choice-chips';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { Toggle } from '../../components/toggle';
import { ADDRESS_KIND_LABELS } from '../../constants/labels';
import { ROUTES } from '../../constants/routes';
import { AddressForm, addressProblem } from '../../features/apply/address-form';
import { ApplySteps } from '../../features/apply/apply-steps';
import { ChooseChildFirst } from '../../features/apply/choose-child-first';
import { ConfirmedAddress } from '../../features/apply/confirmed-address';
import { basisAddress } from '../../features/apply/draft-store';
import { StagePicker } from '../../features/apply/stage-picker';
import { useAddressOptions } from '../../features/apply/use-address-options';
import { useApplyDraft } from '../../features/apply/use-apply-draft';
import { goTo } from '../../utils/navigate';

const unchanged = (
  returned: Address | undefined,
  current: Partial<Address> | undefined,
): returned is Address => returned !== undefined && JSON.stringify(returned) === JSON.stringify(current);

const FROM_DEPARTMENTS = { hukou: '公安户籍登记', residence: '不动产登记或租赁备案' } as const;

/**
 * Household and residence addresses. After 一键核 they arrive filled in from the departments and are
 * only confirmed; typing is for what the departments did not have. `mode=lookup` is the public 学区查询.
 */
export default function AddressPage() {
  const lookup = useRouter().params.mode === 'lookup';
  const options = useAddressOptions();
  const { draft, update } = useApplyDraft();
  const [problem, setProblem] = useState<string>();
  const [editing, setEditing] = useState({ hukou: false, residence: false });
  const districts = options.data?.districts ?? [];
  const prefilled = lookup ? undefined : draft.prefilled;
  // Shown as confirmed text while it is still exactly what the departments returned.
  const showHukouText = !editing.hukou && unchanged(prefilled?.hukou, draft.hukouAddress);
  const showResidenceText = !editing.residence && unchanged(prefilled?.residence, draft.residenceAddress);

  const next = () => {
    const basis = basisAddress(draft);
    const found = lookup
      ? addressProblem(basis, ADDRESS_KIND_LABELS[draft.basis])
      : (addressProblem(draft.hukouAddress, '户籍地址') ??
        (draft.residenceSameAsHukou ? undefined : addressProblem(draft.residenceAddress, '居住地址')));
    setProblem(found);
    if (!found) goTo(ROUTES.match, lookup ? { mode: 'lookup' } : undefined);
  };

  if (!lookup && !draft.child) {
    return <ChooseChildFirst title="填写地址" />;
  }

  return (
    <Page
      title={lookup ? '学区查询' : prefilled?.hukou ? '核对地址' : '填写地址'}
      subtitle={lookup ? '输入地址，查看对应的施教区学校' : `${draft.child?.name} 的户籍地址和居住地址`}
    >
      {lookup ? null : <ApplySteps current="地址" />}
      {lookup ? null : prefilled?.hukou ? (
        <Notice tone="success" title="地址已由部门登记信息带出，核对无误即可" />
      ) : (
        <Notice tone="info" title="部门未查到您家的地址，请填写" />
      )}
      <ErrorNotice error={options.error} onRetry={() => void options.reload()} />
      {options.loading ? <Loading /> : null}
      {lookup ? (
        <Card>
          <StagePicker value={draft.stage} onChange={(stage) => update({ stage })} />
        </Card>
      ) : null}
      <Card title={ADDRESS_KIND_LABELS.hukou}>
        {showHukouText && prefilled?.hukou ? (
          <ConfirmedAddress
            id="hukou-confirmed"
            address={prefilled.hukou}
            source={FROM_DEPARTMENTS.hukou}
            onEdit={() => setEditing({ ...editing, hukou: true })}
          />
        ) : (
          <AddressForm
            kind="hukou"
            value={draft.hukouAddress ?? {}}
            districts={districts}
            onChange={(hukouAddress) => update({ hukouAddress })}
          />
        )}
      </Card>
      <Card title={ADDRESS_KIND_LABELS.residence}>
        <Toggle
          id="residence-same"
          label="居住地址同户籍地址"
          checked={draft.residenceSameAsHukou}
          onChange={(residenceSameAsHukou) =>
            update(residenceSameAsHukou ? { residenceSameAsHukou, basis: 'hukou' } : { residenceSameAsHukou })
          }
        />
        {draft.residenceSameAsHukou ? null : showResidenceText && prefilled?.residence ? (
          <ConfirmedAddress
            id="residence-confirmed"
            address={prefilled.residence}
            source={FROM_DEPARTMENTS.residence}
            onEdit={() => setEditing({ ...editing, residence: true })}
          />
        ) : (
          <AddressForm
            kind="residence"
            value={draft.residenceAddress ?? {}}
            districts={districts}
            onChange={(residenceAddress) => update({ residenceAddress })}
          />
        )}
      </Card>
      {draft.residenceSameAsHukou ? null : (
        <Card title="入学依据">
          <Field label="按哪个地址申请施教区学校" hint="户籍与居住不一致时，按当地政策选择其一作为入学依据">
            <ChoiceChips
              options={(['hukou', 'residence'] as const).map((k) => ({
                value: k,
                label: ADDRESS_KIND_LABELS[k],
              }))}
              value={draft.basis}
              onChange={(basis) => update({ basis })}
            />
          </Field>
        </Card>
      )}
      {problem ? (
        <Notice tone="error" title={problem} />
      ) : (
        <Text className="muted">入学依据：{ADDRESS_KIND_LABELS[draft.basis]}</Text>
      )}
      <AppButton kind="primary" onClick={next}>
        {lookup ? '查询学区' : '下一步：匹配学区'}
      </AppButton>
    </Page>
  );
}
