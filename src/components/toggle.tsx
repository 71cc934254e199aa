import { Text, View } from '@tarojs/components';

interface Props {
  id?: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** 'switch' looks like a switch, 'checkbox' like a tick box. */
  kind?: 'switch' | 'checkbox';
}

/** A labelled on/off control that behaves the same in WeChat and in the browser. */
export function Toggle({ id, label, checked, onChange, kind = 'switch' }: Props) {
  return (
    <View
      id={id}
      className={`toggle toggle--${kind} ${checked ? 'toggle--on' : ''}`}
      ariaRole={kind}
      aria-checked={checked}
      onClick={() => onChange(!checked)}
    >
      {kind === 'checkbox' ? (
        <View className="toggle__box">{checked ? <Text className="toggle__tick">✓</Text> : null}</View>
      ) : null}
      <Text className="toggle__label">{label}</Text>
      {kind === 'switch' ? (
        <View className="toggle__track">
          <View className="toggle__thumb" />
        </View>
      ) : null}
    </View>
  );
}
