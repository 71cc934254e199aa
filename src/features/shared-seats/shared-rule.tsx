import { Text, View } from '@tarojs/components';
import { MAX_SHARED_CHOICES } from '../../constants/labels';

const RULES = [
  '先参加本校的录取和摇号。只有本校摇号后孩子仍在候补，这份申请才会生效；本校已录取的，不参加共享学位摇号。',
  `按意愿顺序选择本大学区的其他学校，最多 ${MAX_SHARED_CHOICES} 所。共享学位摇号排出顺序后，依次分配到您所选学校中第一所还有空余学位的学校。`,
  '所选学校都没有空余学位时不分配，孩子仍在本校候补。',
  '已绑定的双胞胎（多胞胎）一同申请、一同摇号、一同录取，填一次即可。',
  '大学区共享学位摇号安排之前，可以随时修改或取消；安排之后不能再改。',
];

/** The rule in the parent's words, before any choice is asked for. */
export function SharedRule() {
  return (
    <View>
      {RULES.map((rule, i) => (
        <View key={i} className="shared-seats__choice">
          <Text className="shared-seats__order">{i + 1}.</Text>
          <Text className="prose__para">{rule}</Text>
        </View>
      ))}
    </View>
  );
}
