import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import type { Stage } from '../../../types/common';
import type { ChildView } from '../../../types/models/child';
import type { Season } from '../../../types/models/season';
import { parseIdNumber } from '../../../domain/id-number/parse-id-number';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { useAction } from '../../services/use-action';
import { IdPreview } from './id-preview';
import { addChild } from './use-children';
import { AppButton } from '../../components/app-button';

interface Props {
  stage: Stage;
  season?: Season;
  onAdded: (child: ChildView) => void;
}

/** Name and ID number; birth date, sex and age eligibility appear as the number is typed. */
export function ChildForm({ stage, season, onAdded }: Props) {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const { run, busy, error } = useAction();
  const idOk = parseIdNumber(idNumber).ok;
  const ready = name.trim().length >= 2 && idOk;

  const submit = () =>
    ready &&
    run(async () => {
      const child = await addChild(name, idNumber);
      setName('');
      setIdNumber('');
      onAdded(child);
    });

  return (
    <View>
      <Field label="孩子姓名" required error={error?.fieldMessage('name')}>
        <Input
          id="child-name"
          className="input"
          placeholder="与户口簿一致"
          value={name}
          maxlength={30}
          onInput={(e) => setName(e.detail.value)}
        />
      </Field>
      <Field
        label="居民身份证号"
        required
        hint="18位，最后一位可能是 X"
        error={error?.fieldMessage('idNumber')}
      >
        <Input
          id="child-id-number"
          className="input"
          type="idcard"
          placeholder="请输入孩子的身份证号"
          value={idNumber}
          maxlength={18}
          onInput={(e) => setIdNumber(e.detail.value)}
        />
      </Field>
      <IdPreview raw={idNumber} stage={stage} season={season} />
      <ErrorNotice error={error} />
      <AppButton kind="secondary" disabled={!ready} loading={busy} onClick={() => void submit()}>
        添加孩子
      </AppButton>
    </View>
  );
}
