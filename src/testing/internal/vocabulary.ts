import type { Random } from './random.js';

// Words the sample is written in: names, places, units and the topics of suggestions. Plain
// data; nothing here is real.

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文华建国玉兰红梅志强海燕丹辉鹏宇晨浩然子涵欣怡思远嘉怡雨桐俊杰晓东春生秋菊冬梅立新卫东振华国庆建华永红';

/** A Chinese personal name of two or three characters. */
export function personName(random: Random): string {
  const surname = SURNAMES[random.int(0, SURNAMES.length - 1)] as string;
  const first = GIVEN[random.int(0, GIVEN.length - 1)] as string;
  if (random.chance(0.3)) return surname + first;
  return surname + first + (GIVEN[random.int(0, GIVEN.length - 1)] as string);
}

/** Ethnic groups, weighted towards 汉族 as in most jurisdictions. */
export const ETHNICITIES = [
  '汉族',
  '汉族',
  '汉族',
  '汉族',
  '汉族',
  '汉族',
  '汉族',
  '回族',
  '壮族',
  '满族',
  '苗族',
  '土家族',
] as const;

/** Names of townships and streets the stations and regional groups serve. */
export const PLACE_NAMES = [
  '城关',
  '东湖',
  '西岭',
  '南塘',
  '北山',
  '新桥',
  '石门',
  '青溪',
  '白沙',
  '梅林',
  '柳河',
  '凤凰',
  '龙潭',
  '长乐',
  '和平',
  '永安',
  '金山',
  '银湖',
  '桃源',
  '杏花',
  '荷塘',
  '清水',
  '松岗',
  '竹园',
] as const;

/** Professional groups' fields (专业代表小组). */
export const PROFESSIONAL_FIELDS = [
  '财政经济',
  '教育科技文化卫生',
  '城乡建设环境保护',
  '农业农村',
  '社会建设',
  '法治建设',
] as const;

/** Handling units: government departments, the court and the procuratorate. */
export const UNIT_NAMES = [
  ['government', '发展和改革局'],
  ['government', '教育局'],
  ['government', '公安局'],
  ['government', '财政局'],
  ['government', '人力资源和社会保障局'],
  ['government', '自然资源局'],
  ['government', '生态环境局'],
  ['government', '住房和城乡建设局'],
  ['government', '交通运输局'],
  ['government', '水利局'],
  ['government', '农业农村局'],
  ['government', '商务局'],
  ['government', '文化广电旅游体育局'],
  ['government', '卫生健康委员会'],
  ['government', '民政局'],
  ['government', '应急管理局'],
  ['government', '市场监督管理局'],
  ['government', '城市管理局'],
  ['government', '医疗保障局'],
  ['government', '退役军人事务局'],
  ['court', '人民法院'],
  ['procuratorate', '人民检察院'],
  ['enterprise', '供电公司'],
  ['other', '团委'],
] as const;

/** Committees of the congress and its standing committee. */
export const COMMITTEE_NAMES = [
  ['special', '法制委员会'],
  ['special', '财政经济委员会'],
  ['special', '教育科学文化卫生委员会'],
  ['working', '代表工作委员会'],
  ['working', '农业农村工作委员会'],
  ['working', '社会建设工作委员会'],
  ['office', '办公室'],
  ['office', '研究室'],
] as const;

/** Topics of suggestions with titles, and the unit that usually handles them. */
export const TOPICS = [
  ['城乡建设', '关于加快老旧小区改造的建议', '住房和城乡建设局'],
  ['交通', '关于加强农村道路养护的建议', '交通运输局'],
  ['交通', '关于优化城乡公交线路的建议', '交通运输局'],
  ['教育', '关于缓解城区学校大班额问题的建议', '教育局'],
  ['教育', '关于加强乡村教师队伍建设的建议', '教育局'],
  ['卫生健康', '关于提升基层医疗服务能力的建议', '卫生健康委员会'],
  ['社会保障', '关于完善居家养老服务体系的建议', '民政局'],
  ['社会保障', '关于提高城乡居民医保报销比例的建议', '医疗保障局'],
  ['农业农村', '关于支持高标准农田建设的建议', '农业农村局'],
  ['生态环境', '关于加强河道综合治理的建议', '水利局'],
  ['生态环境', '关于推进农村生活污水治理的建议', '生态环境局'],
  ['经济发展', '关于优化营商环境支持小微企业的建议', '发展和改革局'],
  ['就业', '关于加强高校毕业生就业服务的建议', '人力资源和社会保障局'],
  ['公共安全', '关于加强校园周边交通安全管理的建议', '公安局'],
  ['市场监管', '关于加强农贸市场食品安全监管的建议', '市场监督管理局'],
  ['城市管理', '关于规范占道经营管理的建议', '城市管理局'],
  ['文化旅游', '关于保护利用传统村落的建议', '文化广电旅游体育局'],
  ['应急管理', '关于完善防汛应急物资储备的建议', '应急管理局'],
  ['法治', '关于加强诉源治理化解基层矛盾的建议', '人民法院'],
  ['法治', '关于加强公益诉讼检察工作的建议', '人民检察院'],
  ['能源', '关于改善农村电网供电质量的建议', '供电公司'],
] as const;

/** Livelihood project titles (民生实事候选项目). */
export const LIVELIHOOD_TITLES = [
  '城区老旧小区加装电梯',
  '农村饮水安全提升',
  '中小学校课后服务全覆盖',
  '社区嵌入式养老服务中心',
  '背街小巷路灯改造',
  '公共停车位新增',
  '农贸市场提升改造',
  '乡村公路安防工程',
  '城乡公交一体化',
  '基层卫生院能力提升',
  '婴幼儿托育服务点',
  '口袋公园建设',
  '农村生活垃圾分类',
  '残疾人康复服务',
  '全民健身设施补短板',
  '智慧养老呼叫平台',
  '防汛排涝设施改造',
  '食品安全快检室',
] as const;
