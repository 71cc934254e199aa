import { Text, View } from '@tarojs/components';

interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  options: Option<T>[];
  value?: T;
  onChange: (value: T) => void;
}

/** A row of mutually exclusive choices; better than a picker when there are only a few options. */
export function ChoiceChips<T extends string>({ options, value, onChange }: Props<T>) {
  return (
    <View className="chips" ariaRole="radiogroup">
      {options.map((option) => {
        const active = option.value === value;
        return (
          <View
            key={option.value}
            className={`chip ${active ? 'chip--active' : ''}`}
            ariaRole="radio"
            aria-checked={active}
            onClick={() => onChange(option.value)}
          >
            <Text>{option.label}</Text>
          </View>
        );
      })}
    </View>
  );
}
