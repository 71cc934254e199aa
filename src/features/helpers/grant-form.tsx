import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { HelperCard } from '../../../types/models/helper';
import { AppButton } from '../../components/app-button';
import { ChoiceChips } from '../../components/choice-chips';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { Notice } from '../../components/notice';
import { GRANT_DEFAULT_DAYS } from '../../constants/labels';
import { useAction } from '../../services/use-action';
import { normaliseCode } from './helper-code';
import { grantHelper, lookupHelper } from './use-helper-api';

/** Up to GRANT_MAX_DAYS (30), which the backend enforces. */
const DAYS = ['1', '3', '7', '15', '30'] as const;
type Days = (typeof DAYS)[number];
const DAY_OPTIONS = DAYS.map((d) => ({ value: d, label: `${d} 天` }));

/**
 * Two steps, so that nobody is authorised by a typo: the code shows who it belongs to, and only then
 * does the parent choose how long and confirm.
 */
export function GrantForm({ onGranted }: { onGranted: () => void }) {
  const [code, setCode] = useState('');
  const [helper, setHelper] = useState<HelperCard>();
  const [days, setDays] = useState<Days>(String(GRANT_DEFAULT_DAYS) as Days);
  const { run, busy, error, setError } = useAction();
  const typed = normaliseCode(code);

  const look = () => run(async () => setHelper(await lookupHelper(typed)));
  const confirm = () =>
    run(async () => {
      await grantHelper(typed, Number(days));
      setHelper(undefined);
      setCode('');
      onGranted();
    });

  return (
    <View>
      <Field
        label="帮办码"
        hint="8 位字母和数字，请帮办员当面或电话告诉您"
        error={error?.fieldMessage('code')}
      >
        <Input
          id="grant-code"
          className="input"
          placeholder="如 ABCD 2345"
          value={code}
          maxlength={12}
          onInput={(e) => {
            setCode(e.detail.value);
            setHelper(undefined);
            setError(undefined);
          }}
        />
      </Field>
      {!helper ? (
        <AppButton kind="secondary" disabled={typed.length !== 8} loading={busy} onClick={() => void look()}>
          查找帮办员
        </AppButton>
      ) : (
        <View>
          <Notice tone="info" title={`${helper.name}（${helper.kindLabel}）`}>
            <Text>所在单位：{helper.organisation}</Text>
            <View>
              <Text>
                授权后，对方可以查看孩子的报名进度和结果（身份证号已遮挡），不能修改或提交任何信息。
              </Text>
            </View>
          </Notice>
          <Field label="授权期限" hint="到期自动失效，也可随时撤销">
            <ChoiceChips options={DAY_OPTIONS} value={days} onChange={setDays} />
          </Field>
          <AppButton loading={busy} onClick={() => void confirm()}>
            确认授权 {days} 天
          </AppButton>
        </View>
      )}
      <ErrorNotice error={error} />
    </View>
  );
}
