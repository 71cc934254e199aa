import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import type { HelperKind, HelperProfile } from '../../../types/models/helper';
import { AppButton } from '../../components/app-button';
import { ChoiceChips } from '../../components/choice-chips';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { HELPER_KIND_LABELS } from '../../constants/labels';
import { useAction } from '../../services/use-action';
import { saveHelperProfile } from './use-helper-api';

const KINDS = (Object.keys(HELPER_KIND_LABELS) as HelperKind[]).map((value) => ({
  value,
  label: HELPER_KIND_LABELS[value],
}));

/** Name, organisation and kind: exactly what a parent sees before authorising this helper. */
export function ProfileForm({
  current,
  onSaved,
}: {
  current?: HelperProfile;
  onSaved: (p: HelperProfile) => void;
}) {
  const [name, setName] = useState(current?.name ?? '');
  const [organisation, setOrganisation] = useState(current?.organisation ?? '');
  const [kind, setKind] = useState<HelperKind | undefined>(current?.kind);
  const { run, busy, error } = useAction();
  const ready = name.trim().length > 0 && organisation.trim().length >= 2 && kind !== undefined;

  const save = () => ready && run(async () => onSaved(await saveHelperProfile({ name, organisation, kind })));

  return (
    <View>
      <Field label="姓名" required error={error?.fieldMessage('name')}>
        <Input
          id="helper-name"
          className="input"
          placeholder="家长看到的称呼，如 王晓燕"
          value={name}
          maxlength={20}
          onInput={(e) => setName(e.detail.value)}
        />
      </Field>
      <Field label="所在单位" required error={error?.fieldMessage('organisation')}>
        <Input
          id="helper-organisation"
          className="input"
          placeholder="如 南湖社区居委会、云溪区实验小学"
          value={organisation}
          maxlength={40}
          onInput={(e) => setOrganisation(e.detail.value)}
        />
      </Field>
      <Field label="身份" required error={error?.fieldMessage('kind')}>
        <ChoiceChips options={KINDS} value={kind} onChange={setKind} />
      </Field>
      <ErrorNotice error={error} />
      <AppButton disabled={!ready} loading={busy} onClick={() => void save()}>
        {current ? '保存' : '登记并生成帮办码'}
      </AppButton>
    </View>
  );
}
