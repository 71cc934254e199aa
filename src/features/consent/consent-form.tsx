import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { Toggle } from '../../components/toggle';
import { useAction } from '../../services/use-action';
import { acceptConsent } from './use-consent';
import { AppButton } from '../../components/app-button';

/** Guardian name + "I have read and agree"; the button stays disabled until both are there. */
export function ConsentForm({ onAccepted }: { onAccepted: () => void }) {
  const [guardianName, setGuardianName] = useState('');
  const [agreed, setAgreed] = useState(false);
  const { run, busy, error } = useAction();
  const ready = agreed && guardianName.trim().length >= 2;

  const submit = () =>
    ready &&
    run(async () => {
      await acceptConsent(guardianName);
      onAccepted();
    });

  return (
    <View>
      <Field label="监护人姓名" required error={error?.fieldMessage('guardianName')}>
        <Input
          id="guardian-name"
          className="input"
          placeholder="请输入您的姓名"
          value={guardianName}
          maxlength={30}
          onInput={(e) => setGuardianName(e.detail.value)}
        />
      </Field>
      <Toggle
        id="consent-agree"
        kind="checkbox"
        label="我已阅读并同意"
        checked={agreed}
        onChange={setAgreed}
      />
      <ErrorNotice error={error} />
      <AppButton kind="primary" disabled={!ready} loading={busy} onClick={() => void submit()}>
        同意并继续
      </AppButton>
    </View>
  );
}
