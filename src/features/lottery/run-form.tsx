import { Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { DrawDetail } from '../../../types/models/draw';
import { AppButton } from '../../components/app-button';
import { Field } from '../../components/field';
import { Notice } from '../../components/notice';
import { call } from '../../services/api-client';
import { useAction } from '../../services/use-action';

const ENTROPY = /^[\x21-\x7e]{1,256}$/;

/**
 * The ceremony's one irreversible step. The public entropy is typed in front of the observers (e.g. the
 * numbers read from dice or a lottery draw of the day); the notary's attestation is published with it.
 * The server runs the draw once whatever happens here; the confirmation step keeps a slip of the hand
 * from starting it.
 */
export function RunForm({ draw, onDrawn }: { draw: DrawDetail; onDrawn: (d: DrawDetail) => void }) {
  const [entropy, setEntropy] = useState('');
  const [attestation, setAttestation] = useState('');
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const hasNotary = draw.observers.some((o) => o.role === '公证员');
  const ready = ENTROPY.test(entropy) && attestation.trim().length > 0 && hasNotary;
  const run = () =>
    action.run(async () => {
      onDrawn(
        await call('lottery', 'run', {
          drawId: draw.drawId,
          publicEntropy: entropy,
          notaryAttestation: attestation.trim(),
        }),
      );
    });
  return (
    <View>
      {!hasNotary ? <Notice tone="warning" title="请先登记公证员：没有公证员在场不能摇号" /> : null}
      <Field
        label="现场公开随机数"
        hint="由观察员现场产生并当众输入，1–256 个可见字符（数字、字母、符号），不含空格和汉字"
        error={entropy && !ENTROPY.test(entropy) ? '只能包含数字、字母和符号，不含空格与汉字' : undefined}
        required
      >
        <Input
          id="public-entropy"
          className="input"
          value={entropy}
          maxlength={256}
          onInput={(e) => setEntropy(e.detail.value)}
        />
      </Field>
      <Field label="公证员意见" required>
        <Textarea
          id="notary-attestation"
          className="input input--multiline"
          value={attestation}
          maxlength={2000}
          onInput={(e) => setAttestation(e.detail.value)}
        />
      </Field>
      {action.error ? <Notice tone="error" title={action.error.message} /> : null}
      {confirming ? (
        <Notice tone="warning" title="确认开始摇号？">
          <Text className="prose__para">摇号只能进行一次，结果立即公示并通知各家庭，不能撤销。</Text>
          <View className="row">
            <AppButton kind="secondary" small onClick={() => setConfirming(false)}>
              取消
            </AppButton>
            <AppButton kind="danger" small loading={action.busy} onClick={() => void run()}>
              确认，开始摇号
            </AppButton>
          </View>
        </Notice>
      ) : (
        <AppButton kind="primary" disabled={!ready} onClick={() => setConfirming(true)}>
          开始摇号
        </AppButton>
      )}
    </View>
  );
}
