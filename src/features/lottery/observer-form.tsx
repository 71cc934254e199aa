import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import type { DrawDetail, ObserverRole } from '../../../types/models/draw';
import { AppButton } from '../../components/app-button';
import { ChoiceChips } from '../../components/choice-chips';
import { Field } from '../../components/field';
import { Notice } from '../../components/notice';
import { call } from '../../services/api-client';
import { useAction } from '../../services/use-action';

const ROLES: ObserverRole[] = ['公证员', '人大代表', '政协委员', '纪检监察', '教师代表', '家长代表'];

/** Observers are recorded under their own names before the draw; they are published with the record. */
export function ObserverForm({ drawId, onAdded }: { drawId: string; onAdded: (d: DrawDetail) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<ObserverRole>('公证员');
  const action = useAction();
  const add = () =>
    action.run(async () => {
      onAdded(await call('lottery', 'addObserver', { drawId, name: name.trim(), role }));
      setName('');
    });
  return (
    <View>
      <Field label="身份" required>
        <ChoiceChips options={ROLES.map((r) => ({ value: r, label: r }))} value={role} onChange={setRole} />
      </Field>
      <Field label="姓名" hint="观察员的姓名将随摇号记录公示" required>
        <Input
          id="observer-name"
          className="input"
          value={name}
          maxlength={20}
          onInput={(e) => setName(e.detail.value)}
        />
      </Field>
      {action.error ? <Notice tone="error" title={action.error.message} /> : null}
      <AppButton
        kind="secondary"
        disabled={name.trim().length < 2}
        loading={action.busy}
        onClick={() => void add()}
      >
        登记观察员
      </AppButton>
    </View>
  );
}
