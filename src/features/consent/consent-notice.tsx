import { Text, View } from '@tarojs/components';
import { CONSENT_VERSION } from '../../constants/labels';

// The guardian consent text (PIPL art. 31: a minor's data needs the guardian's consent). A new wording
// gets a new CONSENT_VERSION in types/api/enroll.ts and must be accepted again.
const SECTIONS: { title: string; body: string }[] = [
  {
    title: '一、我们收集哪些信息',
    body: '孩子的姓名、居民身份证号码（由此推算出生日期和性别）；监护人的姓名和居民身份证号码；户籍地址和居住地址。经您同意后，我们向公安、自然资源和规划、人社、住建部门查验户籍、房产、社保、居住证与租赁备案信息，并向人武部、组织部查验军人家庭和人才认定情况（仅返回核验所需的结果）。只有在核验结果不一致或部门暂时无法查询时，才会请您上传相应材料的照片。',
  },
  {
    title: '二、为什么收集',
    body: '仅用于本次义务教育入学报名：计算入学年龄、匹配施教区学校、防止重复报名、审核入学资格和录取结果通知。不用于任何其他目的，不做商业用途。',
  },
  {
    title: '三、谁能看到',
    body: '您本人；孩子所报学校所在区县教育局的招生审核人员；依法参与联合审核的公安、住建、人社等部门（仅限核验所需的信息）。工作人员看到的身份证号默认脱敏显示，查看完整号码会留下记录。',
  },
  {
    title: '四、保存多久',
    body: '报名资料在本招生季结束、录取结果确定后保存一年，用于处理咨询和复核，期满后删除或匿名化；法律法规另有规定的从其规定。',
  },
  {
    title: '五、您的权利',
    body: '您可以查阅、更正孩子的信息，可以在撤回截止时间前撤回报名，也可以撤回本授权（撤回后将无法继续在线报名，已提交的报名按规定处理）。如有疑问，可拨打区教育局招生咨询电话。',
  },
  {
    title: '六、未成年人信息保护',
    body: '依据《中华人民共和国个人信息保护法》《儿童个人信息网络保护规定》，不满十四周岁未成年人的个人信息属于敏感个人信息，我们采取加密存储、最小权限访问和操作留痕等措施予以保护。',
  },
];

export function ConsentNotice() {
  return (
    <View className="prose">
      <Text className="prose__para">
        为帮助您为孩子办理义务教育入学报名，我们需要收集和使用孩子及监护人的部分个人信息。请您作为孩子的监护人仔细阅读以下说明（版本
        {CONSENT_VERSION}）。
      </Text>
      {SECTIONS.map((s) => (
        <View key={s.title}>
          <Text className="prose__heading">{s.title}</Text>
          <Text className="prose__para">{s.body}</Text>
        </View>
      ))}
    </View>
  );
}
