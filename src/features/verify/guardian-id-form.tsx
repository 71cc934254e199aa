import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { parseIdNumber } from '../../../domain/id-number/parse-id-number';
import { AppButton } from '../../components/app-button';
import { Field } from '../../components/field';

interface Props {
  busy: boolean;
  error?: string;
  onSubmit: (idNumber: string) => void;
}

/** The one field of 一键核: the guardian's own ID number, typed once and then kept by the server. */
export function GuardianIdForm({ busy, error, onSubmit }: Props) {
  const [idNumber, setIdNumber] = useState('');
  const parsed = parseIdNumber(idNumber);
  const stillTyping = !parsed.ok && parsed.problem === 'length' && [...idNumber].length < 18;
  const problem = idNumber && !parsed.ok && !stillTyping ? parsed.message : undefined;

  return (
    <View>
      <Field
        label="监护人本人身份证号"
        required
        hint="只需填写一次，用于向公安、自然资源、人社等部门查询您家的登记信息"
        error={error ?? problem}
      >
        <Input
          id="guardian-id-number"
          className="input"
          type="idcard"
          placeholder="请输入您本人的身份证号"
          value={idNumber}
          maxlength={18}
          onInput={(e) => setIdNumber(e.detail.value)}
        />
      </Field>
      <Text className="muted">号码加密保存，工作人员只能看到脱敏后的号码。</Text>
      <AppButton kind="primary" disabled={!parsed.ok} loading={busy} onClick={() => onSubmit(idNumber)}>
        开始核验
      </AppButton>
    </View>
  );
}
