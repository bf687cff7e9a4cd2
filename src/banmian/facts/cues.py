"""Cue lists for facts extraction: data only, kept apart from the logic (as trafilatura's xpaths.py).

Each list is ordered longest-first where it feeds a regex alternation.
"""
from __future__ import annotations


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so the longest cue wins."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- quantities -------------------------------------------------------------
MULTIPLIERS = {  # 十/百/千 alone only in Chinese numerals: after digits they start units (2.5千伏安)
    "十": 1e1, "百": 1e2, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7,
    "亿": 1e8, "十亿": 1e9, "百亿": 1e10, "千亿": 1e11, "万亿": 1e12,
}
# units as printed -> normalised unit
UNITS = {
    "元": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD", "港币": "HKD", "日元": "JPY", "英镑": "GBP",
    "%": "%", "％": "%", "个百分点": "pp", "百分点": "pp", "‰": "‰",
    "千瓦时": "kWh", "兆瓦时": "kWh", "千伏安": "kVA", "伏安": "VA", "千伏": "kV", "度": "kWh", "千瓦": "kW",
    "兆瓦": "kW", "吉瓦": "kW", "吉瓦时": "kWh",  # scaled to kW/kWh by UNIT_SCALES
    "吨标准煤": "tce", "吨": "t", "公斤": "kg", "千克": "kg", "克": "g", "斤": "斤", "万千瓦": None,
    "立方米": "m3", "平方米": "m2", "平方公里": "km2", "平方千米": "km2", "公顷": "公顷", "亩": "亩",
    "公里": "km", "千米": "km", "米": "m", "厘米": "cm", "毫米": "mm",
    "标箱": "TEU", "人次": "人次", "辆次": "辆次", "人": "人", "户": "户", "家": "家", "个": "个", "项": "项", "辆": "辆",
    "台": "台", "套": "套", "件": "件", "所": "所", "座": "座", "条": "条", "次": "次", "倍": "倍", "批": "批",
    "种": "种", "位": "位", "名": "名", "处": "处", "只": "只", "头": "头", "株": "株", "棵": "棵", "册": "册",
    "部": "部", "场": "场", "起": "起", "份": "份", "张": "张", "间": "间", "周岁": "周岁", "部门": "部门", "批次": "批次", "吨公里": "吨公里", "剂次": "剂次", "剂": "剂", "粒": "粒", "幢": "幢", "类": "类", "群": "群", "块": "块", "城": "城", "升": "升", "级": "级", "户次": "户次", "架次": "架次", "艘次": "艘次", "元/吨": "CNY/t", "元/平方米": "CNY/m2", "栋": "栋", "艘": "艘", "架": "架", "面": "面",
    "列": "列", "班": "班", "例": "例", "摄氏度": "℃", "℃": "℃", "贝克勒尔": "Bq", "个小时": "小时", "个工作日": "工作日", "工作日": "工作日", "岁": "岁", "天": "天", "小时": "小时", "分钟": "分钟", "秒": "秒", "周": "周",
    "个月": "个月", "个季度": "个季度", "个学期": "个学期", "年度": None, "篇": "篇", "分": "分", "方面": "方面", "点": "点", "期": "期", "袋": "袋", "副": "副", "省": "省", "支": "支", "片": "片", "村": "村",
    "载重吨": "载重吨", "席": "席", "毫秒": "毫秒", "EFLOPS": "EFLOPS", "PFLOPS": "PFLOPS", "TFLOPS": "TFLOPS", "立方米每秒": "m3/s",
    "标准箱": "TEU", "车": "车", "根": "根",
    # sea distances (离岸80多海里) and small volumes (可达120毫升以上)
    "海里": "海里", "毫升": "毫升",
    "把": "把", "节": "节", "回": "回", "大类": "大类",  # counted things: 300余把充电枪, 8节车厢, 15回线路, 9大类
    # data sizes (全国活跃数据总量为1.67泽字节)
    "泽字节": "泽字节", "艾字节": "艾字节", "拍字节": "拍字节", "太字节": "太字节", "吉字节": "吉字节",
    "EB": "EB", "PB": "PB", "TB": "TB", "GB": "GB",  # the same as printed in letters (数据总量为199.48EB)
    # data rates as printed in letters (下载速率提高到200Mbps)
    "Tbps": "Tbps", "Gbps": "Gbps", "Mbps": "Mbps", "Kbps": "Kbps", "kbps": "Kbps",
    "手": "手", "款": "款", "组": "组", "笔": "笔", "宗": "宗", "颗": "颗", "枚": "枚", "盏": "盏", "趟": "趟", "班次": "班次",
    "万元": None,  # never matched: multipliers are parsed apart
    "个基点": "个基点", "基点": "个基点",  # basis points (加息100个基点), one unit as pp is for 个百分点/百分点
    "对": "对",  # pairs (开行360对列车); 1对1 and 一对一 are no counts (quantities.py)
    # sets of equipment (23台套装置), courses (300门课程), pictures (200多幅), barrels (18.8万桶原油), strokes (13记Ace球)
    "台套": "台套", "门": "门", "幅": "幅", "桶": "桶", "记": "记",
    # countries of a meeting (17国部长), models (3型火箭), launches counted by rocket (102箭)
    "国": "国", "型": "型", "箭": "箭",
    # cities counted as N市 (大湾区内地9市, 区域5市11县: gold.json), and the pages of a book (一本200页左右的专业书)
    "市": "市", "市州": "市州", "页": "页",
    # provinces and cities counted together (沿江N省市, 西部N省区市, N省区): one compound measure of the units named
    "省市": "省市", "省区市": "省区市", "省区": "省区",
    # cubic metres as spoken after 万/亿 (开挖量约N亿方, 土石方N万方): kept as printed; 方 alone starts a word (3方会谈,
    # see quantity_forms.unit_starts_a_word)
    "方": "方",
    # days and nights of a voyage or a vigil (经过7昼夜的海上航行)
    "昼夜": "昼夜",
    # lessons of a course (70多课时的培训); money as spoken (3000块钱, 5毛钱, 5角钱: tenths of a yuan, see UNIT_SCALES)
    "课时": "课时", "块钱": "CNY", "元钱": "CNY", "角钱": "CNY", "毛钱": "CNY",
}
# printed units read in a larger normalised one: power in kW, energy in kWh (the Guidelines' units; 3500吉瓦 → 3.5e9 kW)
UNIT_SCALES = {"兆瓦": 1e3, "吉瓦": 1e6, "兆瓦时": 1e3, "吉瓦时": 1e6, "角钱": 0.1, "毛钱": 0.1}
# the world's currencies other than the six normalised above, as printed (a currency missing here cuts its amount:
# 约850亿格里夫纳 read as 850亿); a country's name before the currency is no unit (the development set reads
# 1000多亿乌克兰格里夫纳 as 1000多亿)
WORLD_CURRENCIES = (
    "印尼盾", "越南盾", "卢布", "比索", "雷亚尔", "兰特", "韩元", "泰铢", "林吉特", "卢比", "里拉", "格里夫纳",
    "新加坡元", "澳元", "加元", "纽元", "瑞士法郎", "法郎", "克朗", "兹罗提", "福林", "列伊", "列弗", "第纳尔",
    "迪拉姆", "里亚尔", "坚戈", "索姆", "苏姆", "马纳特", "德拉姆", "拉里", "图格里克", "基普", "瑞尔", "缅元", "塔卡",
    "奈拉", "先令", "塞地", "夸查", "比尔", "新谢克尔", "谢克尔", "埃及镑", "索尔", "玻利瓦尔", "瓜拉尼", "阿富汗尼",
    "新台币", "澳门元", "新西兰元", "加拿大元", "澳大利亚元", "索莫尼",
    "西非法郎", "中非法郎",  # the CFA francs: a region's name is part of the currency's (not a country's name before it)
)
UNITS.update({c: c for c in WORLD_CURRENCIES})
UNITS = {k: v for k, v in UNITS.items() if v}
# comparator words printed as part of the quantity (prefix) -> comparator, approximate
PREFIX_COMPARATORS = {
    "超过": (">", False), "超": (">", False), "逾": (">", False), "过": (">", False), "上": (">", True),
    "不低于": ("≥", False), "不少于": ("≥", False), "至少": ("≥", False), "最少": ("≥", False),
    "不足": ("<", False), "不到": ("<", False), "不超过": ("≤", False), "最多": ("≤", False),
    "最多为": ("≤", False), "至多": ("≤", False), "最少为": ("≥", False), "至少为": ("≥", False),  # 代领人数最多为5人
    "最长": ("≤", False), "最短": ("≥", False),  # 潜伏期最长72小时: a bound
    "最高": ("≤", False),  # 可判处最高3个月监禁: a limit
    "不小于": ("≥", False), "不大于": ("≤", False),  # 载荷不小于22吨: "not less than", the negation of 小于
    "约": ("≈", True), "大约": ("≈", True), "近": ("≈", True), "接近": ("≈", True), "将近": ("≈", True),
    "数": ("≈", True), "几": ("≈", True),
}
# suffixes after the unit
SUFFIX_COMPARATORS = {
    "以上": ("≥", False), "及以上": ("≥", False), "以下": ("≤", False), "及以下": ("≤", False), "以内": ("≤", False),
    "左右": ("≈", True), "上下": ("≈", True), "级": ("≥", True),
}
# comparator verbs just before a quantity (not part of its span)
VERB_COMPARATORS = {"跌破": "<", "逼近": "≈", "大概有": "≈", "约有": "≈", "突破": ">", "突破了": ">", "跌破了": "<", "破": ">", "小于": "<", "大于": ">", "约为": "≈", "约合": "≈", "大约为": "≈", "约占": "≈", "大概": "≈", "大概需要": "≈", "大概是": "≈", "差不多": "≈",
                     "最高可获": "≤", "最多可获": "≤", "最高可获得": "≤", "高于": ">", "多于": ">", "低于": "<", "少于": "<", "超出": ">",
                     "超过了": ">"}  # 超过了N家: 超过 with 了 stays out of the span (gold.json), its comparator kept
# hedges that bound or blur a quantity across a short verb phrase (至少需要300名, 大概需要施肥10公斤, 至少为群众办1件)
HEDGE_COMPARATORS = {"至少": "≥", "最少": "≥", "大概": "≈", "大约": "≈"}
# change words before a percentage / amount
CHANGE_WORDS = {
    "增长": "+", "增加": "+", "提高": "+", "上升": "+", "上涨": "+", "提升": "+", "增": "+", "扩大": "+",
    "下降": "-", "减少": "-", "降低": "-", "回落": "-", "下滑": "-", "下跌": "-", "收窄": "-", "降": "-",
    "增幅": "+", "涨幅": "+", "降幅": "-",  # 与2018年相比增幅10%
    "增产": "+", "减产": "-",  # 亩产达611.5公斤，较常规品种亩均增产近100公斤: a crop's change
}
CHANGE_BASES = {"同比": "yoy", "环比": "mom", "比上年": "yoy", "比去年": "yoy", "较上年": "yoy", "较去年": "yoy",
                "比上年同期": "yoy", "较上年同期": "yoy", "比去年同期": "yoy", "年均": "annual-avg"}

# characters after 国 that make it the first character of a word (国际, 国家, 国内, 国庆…): then 国 is neither a country
# counted (17国部长, quantity_forms.py) nor a presiding country after a post (主席国, posts.py: 总书记国庆系列讲话)
GUO_WORD_SECOND = frozenset("际家内外企产有情务民土庆籍旗货债资")

# --- people -----------------------------------------------------------------
POSTS = [
    "总书记", "国家主席", "国务委员长", "行政长官", "总干事", "副总干事", "总理", "副总理", "国务委员", "委员长", "副委员长",
    "政治局常委", "政治局委员", "中央委员", "常委", "常务委员", "委员",
    "党组书记", "党组副书记", "党组成员", "党委委员", "党工委委员", "党委书记", "党委副书记", "党委常委", "党工委书记", "党工委副书记",
    "党总支书记", "党支部书记", "支部书记", "纪委书记",
    # the deputy of a party branch or general branch is printed whole (村党支部副书记, 社区党总支副书记), as its secretary
    "党总支副书记", "党支部副书记", "纪工委书记", "监委主任",
    "第一书记", "支书", "书记", "副书记", "主任", "副主任", "常务副主任", "主任委员", "副主任委员",
    "部长", "副部长", "常务副部长", "厅长", "副厅长", "局长", "副局长", "处长", "副处长", "科长", "副科长",
    "司长", "副司长", "署长", "副署长", "省长", "副省长", "常务副省长", "市长", "副市长", "常务副市长",
    "区长", "副区长", "常务副区长", "县长", "副县长", "常务副县长", "州长", "副州长", "旗长", "盟长",
    "镇长", "副镇长", "乡长", "副乡长", "村长", "村主任", "街道办主任",
    "主席", "副主席", "秘书长", "副秘书长", "会长", "副会长", "理事长", "副理事长", "院长", "副院长",
    "校长", "副校长", "所长", "副所长", "馆长", "社长", "行长", "副行长", "站长", "队长", "团长", "政委",
    "检察长", "副检察长", "庭长", "董事长", "副董事长", "董事", "监事长", "主管", "总经理", "副总经理", "总裁", "副总裁", "首席执行官",
    "总工程师", "总经济师", "总会计师", "经理", "负责人", "主要负责人", "发言人", "新闻发言人", "巡视员",
    "一级巡视员", "二级巡视员", "调研员", "教授", "研究员", "院士", "总编辑", "主编",
    "班长", "组长", "副组长", "司令员", "政治委员", "参谋长", "大使", "总领事", "特使", "代表", "领导人",
    "专职委员", "主任科员", "二级主任科员", "一级主任科员", "副主任科员", "科员", "关长", "副关长", "特派员", "贸易代表",
    "副代表", "创始人", "联合创始人", "CEO", "首席执行官", "牵头人", "议长", "副议长", "代议长", "外长", "外相", "防长", "总统", "副总统", "首相", "国王",
    # parliaments, cabinets and courts abroad (外交国务大臣, 参议长, 众议员); 外交部长 is [org]部长 like 国防部长
    "国家副主席", "副首相", "副相", "大臣", "国务大臣", "国务部长", "议员", "参议员", "众议员", "参议长", "众议长", "秘书",
    "女王", "王储", "副教授", "副研究员", "首席专家", "主教练", "领队",
    # posts of international organisations and foreign governments (紧急救援协调员, 驻地协调员, 国务秘书)
    "协调员", "国务秘书",
    # field, ship and hospital posts, board members
    # rank-graded posts of the civil service and titles read whole (一级调研员, as 二级主任科员; 行政总裁, a chief executive,
    # as 首席执行官; 执行干事, the head of a UN division)
    "一级调研员", "二级调研员", "三级调研员", "四级调研员", "行政总裁", "执行干事",
    "指挥长", "总指挥", "副总指挥", "舰长", "机长", "船长", "列车长", "护士长", "总设计师", "副总设计师",
    "总建筑师", "副总建筑师",  # the chief architect of a design institute, as 总工程师
    "执行董事", "独立董事", "监事", "首席经济学家", "高级工程师",
    # cabinet, military and diplomatic titles, staff posts
    # an assistant of a manager (经理助理), a supreme leader (最高领袖), a vice-minister of Korea or Japan (第一次官)
    "经理助理", "最高领袖", "次官",
    # an emperor ([name]天皇, 日本天皇[name]), a minister of Korea (产业通商资源部长官: the ministry ends at 部), the head of a
    # railway or factory work team (工区工长, 副工长), an assistant of a general manager (总经理助理)
    "天皇", "长官", "工长", "总经理助理",
    # a senior counsellor of state heading a government (缅甸国务资政; 资政 of Singapore's cabinet), a member of a group
    # formed by appointment (中央指导组成员: a post only in such a group, see people.py)
    "国务资政", "资政", "成员",
    # a staff post of a state enterprise's department (工程建设处专责); a director named with its field (财务总监, 艺术总监:
    # the field stays, unlike 技术主管 → 主管); 组织部长 and 宣传部长 are [org]部长, as 外交部长
    "专责", "财务总监", "艺术总监", "技术总监", "运营总监", "市场总监", "销售总监", "创意总监",
    "品牌总监", "产品总监", "设计总监", "内容总监", "公关总监", "人力资源总监", "生产总监", "研发总监", "公共事务总监",
    "公共事业总监",
    # police ranks and unit chiefs read whole (三级警长, a rank grade, as 一级调研员; 大队长/支队长/中队长, not 队长; 指导员 and
    # 教导员, the political officers of a police unit); a partner named with its role (主管合伙人); a chief analyst (首席分析师;
    # named with a field of two characters, 首席宏观分析师, 首席航运分析师, see posts.py)
    "一级警长", "二级警长", "三级警长", "四级警长", "警长", "大队长", "支队长", "中队长", "指导员", "教导员",
    "首席分析师", "主管合伙人", "管理合伙人", "高级合伙人",
    "国务卿", "副国务卿", "联邦委员", "总督", "总监", "首席科学家", "高级代表", "审计长", "总参谋长", "副总参谋长", "参赞", "公使", "武官",
    "厂长", "副厂长",  # the head of a factory, as 站长, 馆长
    # a director-general of an international secretariat (科技事务总司长), a chargé d'affaires (临时代办), the senior grades
    # of statisticians, economists and accountants, read whole as 高级工程师
    "总司长", "临时代办", "高级统计师", "高级经济师", "高级会计师", "高级审计师",
    "顾问",  # an adviser of a ministry or a president (某部顾问, 高级顾问): a post, as 特使
    "总统外事顾问",  # the president's diplomatic adviser (法国总统外事顾问某某: read whole, gold.json)
]
# the assistant of a head is a post of its own (厂长助理, 院长助理, 总裁助理, 主任助理, as 经理助理 and 总经理助理 above)
POSTS += [p + "助理" for p in POSTS
          if p.endswith(("长", "总裁", "主任")) and not p.startswith(("副", "常务")) and p + "助理" not in POSTS]
# qualifiers printed as part of a post, combined freely with its head (代理秘书长, 副执行主任, 副经理, 首席部长,
# 特别代表, 常务副主席, 专职副主任): see posts.py. Not 联邦: an organisation word (瑞士联邦主席), 联邦委员 is a title of its own
POST_MODIFIERS = ["副", "常务", "代理", "执行", "候任", "临时", "荣誉", "名誉", "首席", "特别", "高级", "第一", "专职",
                  "特聘",  # 特聘研究员: an appointed title, read whole as 首席研究员
                  "联席",  # 联席主席, 联席总裁: one of two holding the post together
                  # 联合主席 (as 联席), 全权代表 (a plenipotentiary), 最高领导人 (as 最高领袖), 外籍院士 (a foreign member of an
                  # academy): read whole, as 特别代表
                  "联合", "全权", "最高", "外籍"]
# posts that are too generic to carry an official alone (need an org or another post)
WEAK_POSTS = {"成员", "代表", "教授", "研究员", "经理", "领导人", "院士", "主编", "委员", "副教授", "副研究员", "秘书", "议员", "高级工程师", "监事",
              "高级统计师", "高级经济师", "高级会计师", "高级审计师", "顾问"}
SURNAMES = set(
    "习仵洪傅巫王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游"
    "辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
    "臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌"
    "奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙"
    "浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣"
    "信展阴昝智幸奉植衡富尧闭由"
    "雒"  # rare surnames met in officials' names (雒树刚)
    "玄"  # a Korean surname of Yanbian (some village's 第一书记玄某)
    "代"  # a rare surname met in officials' names (项目部副经理代某某)
)
COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木"}
# titles printed right after a name (乔杰院士、…): they end the name, they are not part of it
TITLES_AFTER_NAME = ("院士", "教授", "研究员")
# frequent Japanese family names (安倍晋三, 山口慎太郎, 菅义伟): a Japanese name is a family name and a given name of one
# to three characters, 3-5 characters in all, which the Chinese-name rules (one surname, 2-3 characters) cut or miss;
# one-character family names that are Chinese surnames too (林, 森, 岸) are left out (林某某 stays a Chinese name)
JAPANESE_SURNAMES = (
    "安倍", "菅", "岸田", "石破", "野田", "麻生", "河野", "茂木", "山口", "山本", "山田", "田中", "中村", "小林",
    "铃木", "佐藤", "高桥", "渡边", "伊藤", "加藤", "吉田", "山崎", "松本", "井上", "木村", "清水", "斋藤",
    "池田", "桥本", "石井", "小野", "上田", "西村", "福田", "太田", "藤田", "冈田", "后藤", "长谷川", "村上", "近藤",
    "坂本", "远藤", "青木", "藤井", "西田", "松田", "中岛", "原田", "小川", "中川", "前田", "高木", "竹内", "宫崎",
    "小泉", "鸠山", "二阶", "甘利", "高市", "上川", "小池", "枝野", "玉木", "志位", "细田", "稻田", "额贺",
)
# the title of Japan's ministers (国土交通大臣): a four-character Japanese name follows it, its family name listed or not
JAPANESE_MINISTER_POSTS = ("大臣",)
# posts of foreign heads of state and government, printed before the leader's name (某国总统普京访问) or, whatever the
# country, after it (某某总统, 通伦总理, 阿伯总督: often a transliterated name)
FOREIGN_LEADER_POSTS = ("总统", "首相", "国王", "女王", "总理", "总督", "天皇", "王储")  # 王储: the heir of a monarchy
# what marks a former post right before it (吉前总统, 原市委书记): not part of a name read before the post
FORMER_POST_MARKS = ("前", "原")
# the given names of Japan's emperors end in 仁 (明仁, 德仁, 裕仁): such a name printed before 天皇 is the emperor's
IMPERIAL_NAME_END = "仁"
# staff of a post-holder (委员会主席秘书某某): the post before them is part of the organisation they serve
STAFF_OF_POST_HOLDERS = ("秘书",)
# what may follow a person's name (ends the name)
NAME_END = "，。、；：！？）)”」 \n　（(“\"等说讲表介指强在主出会一带接认告坦谈提称透答陪调深看到来对和与同率向为是就也都还以的作则率代将前要已"
# two-character words of Tibetan given names (旦巴, 扎西顿珠, 嘎玛泽登): Tibetan names have no surname, a name is one or two
# of these words
TIBETAN_NAME_WORDS = frozenset((
    "扎西", "顿珠", "次仁", "旦巴", "嘎玛", "泽登", "多吉", "卓玛", "央金", "格桑", "平措", "洛桑", "达瓦", "尼玛", "巴桑", "索朗",
    "次旦", "白玛", "强巴", "曲珍", "拉巴", "普布", "边巴", "群培", "旺堆", "罗布", "加措", "嘉措", "丹增", "旦增", "贡嘎", "土登",
    "德吉", "益西", "仁青", "拉姆", "德庆", "琼达", "阿旺", "次珠", "旺姆", "欧珠", "米玛", "洛旦", "坚参", "坚赞", "朗杰", "江村",
    "仁增", "泽仁", "泽旺", "卓嘎", "贡布", "拉珍", "罗桑", "桑珠", "旺久", "加央", "措姆", "群宗", "巴珠", "旺杰", "顿旦", "单增",
))
# characters of transliterated foreign names (莱斯特, 马克·安东尼)
TRANSLIT = set(
    "阿埃艾安奥巴拜班邦保贝本比彼宾波伯博布查达戴丹德迪蒂杜多厄恩法菲费芬弗福盖甘高戈格贡古哈海汉豪赫黑亨胡华霍基吉加贾杰"
    "金卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷里利莉林琳隆卢鲁伦罗洛马玛迈麦曼梅蒙米敏莫姆穆纳娜南内尼妮涅努诺帕潘佩彭皮"
    "普奇恰乔切琴丘萨塞赛桑瑟森沙尚什舍施史斯松苏索塔泰坦汤唐特图托瓦万旺威韦维温沃乌武西希锡谢辛休雅亚扬耶伊因英尤"
    "约泽扎詹兹卓佐宗通顺钦哲宋蓬朱赖蒂德纳尔茨祖洛默"
    "夫娅琪莎蕾薇露黛鲍顿登纽考庞昂昆根欧毕洪孔冈凡丽丁"  # more of the Xinhua transliteration table
    "东治瑞门夏"
    "日呼嘎"  # Russian Ж (日丹诺夫), Mongolian Kh and ga (呼日勒苏赫, 巴特图勒嘎)
    "别包优素姬列契察道瓜怀居芒留珀让热茹若撒绍申圣提廷屈"  # more of the table (优素福, 艾达尔别科夫, 恩赫包勒德)
    "娃"  # the feminine ending of Slavic names (伊万诺娃, -耶娃)
    "罕"  # Arabic -han- (穆罕默德)
    "宁"  # -nin (列宁, 达尔马宁)
)
# words stripped from the front of an organisation candidate
ORG_LEAD_STRIP = ["记者采访了", "采访了", "接受", "专访", "记者", "——访", "—访", "访", "据", "对", "向", "由", "是", "为", "作为", "和", "与", "及",
                  "同", "会见", "会见了", "看望", "陪同", "出席", "主持", "介绍", "表示", "说", "了", "原", "时任", "现任", "任", "担任", "曾任"]
ORG_SUFFIXES = ["委员会", "党工委", "管委会", "人民政府", "政府", "人大常委会", "人大", "政协", "党委", "党组", "纪委", "监委",
                "发改委", "工信局", "委", "局", "厅", "部", "办", "署", "院", "所", "中心", "集团", "公司", "银行", "协会",
                "学会", "大学", "学院", "医院", "法院", "检察院", "镇", "乡", "村", "街道", "社区", "区", "县", "市", "省", "州", "盟", "旗"]

# bylines and credits
REPORTER_CUES = ["本报记者", "新华社记者", "记者", "通讯员", "特约记者", "见习记者", "本报特约记者", "实习生"]

# --- statements --------------------------------------------------------------
TARGET_MODALITIES = ["确保", "力争", "争取", "预计", "预测", "计划", "将", "要", "拟", "有望"]  # 预测: an agency's forecast, like 预计
TASK_VERBS = ["强力推动", "大力推进", "加快推进", "全力推进", "扎实推进", "深入推进", "加快", "推动", "推进", "着力", "持续",
              "加强", "坚持", "深化", "做好", "抓好", "实施", "完善", "聚焦", "围绕", "打造", "建设", "提升", "优化", "强化"]
OBSERVATION_VERBS = ["达到", "达", "实现", "完成", "累计", "共", "增长", "增加", "下降", "减少", "提高", "占"]
