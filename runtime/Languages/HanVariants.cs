using System.Runtime.CompilerServices;

namespace DocSchema.Runtime.Languages;

/// <summary>
/// Han characters that tell simplified from traditional Chinese: about 900 frequent pairs whose
/// simplified form is not used in traditional text and whose traditional form is not used in
/// simplified text. Characters both standards write (后, 里, 台, 干, 面, 着/著 …) are left out, as
/// they would count for the wrong side.
/// </summary>
/// <remarks>
/// The pairs follow OpenCC's character tables (STCharacters/TSCharacters), keeping only
/// characters that round-trip and are in neither table's other column, with the Taiwan and
/// Hong Kong forms added where they differ from OpenCC's standard one (为: 爲 and 為; 说: 說 and 説).
/// Lookups are one table of two bits per character of the CJK Unified Ideographs block, built once.
/// </remarks>
internal static class HanVariants
{
    private const char First = '\u4E00';
    private const char Last = '\u9FFF';

    /// <summary>Simplified-then-traditional pairs separated by spaces, most frequent first.</summary>
    internal const string Pairs =
        "这這 个個 们們 来來 时時 为爲 为為 说說 说説 国國 会會 对對 发發 经經 过過 动動 还還 没沒 学學 现現 " +
        "实實 进進 问問 开開 长長 关關 样樣 应應 间間 机機 见見 将將 点點 两兩 头頭 无無 从從 东東 产產 与與 " +
        "处處 当當 体體 么麼 尽盡 电電 让讓 话話 给給 认認 总總 气氣 则則 书書 义義 争爭 军軍 结結 题題 报報 " +
        "听聽 门門 马馬 车車 边邊 却卻 张張 难難 乐樂 设設 觉覺 员員 条條 业業 数數 统統 观觀 许許 变變 请請 " +
        "记記 场場 华華 写寫 区區 论論 决決 达達 风風 传傳 识識 资資 运運 济濟 办辦 权權 带帶 计計 选選 连連 " +
        "队隊 线線 飞飛 装裝 须須 该該 调調 转轉 质質 费費 领領 较較 标標 术術 专專 际際 团團 战戰 视視 历歷 " +
        "亲親 谁誰 爱愛 红紅 务務 农農 响響 孙孫 单單 规規 级級 状狀 显顯 议議 势勢 医醫 习習 类類 组組 维維 " +
        "断斷 离離 图圖 号號 创創 职職 验驗 铁鐵 师師 饭飯 钱錢 轻輕 远遠 脸臉 读讀 乡鄉 县縣 岁歲 众衆 众眾 " +
        "卫衛 讯訊 热熱 岛島 闻聞 页頁 剧劇 杂雜 兴興 独獨 顾顧 阳陽 阴陰 药藥 营營 讲講 执執 协協 养養 险險 " +
        "围圍 态態 导導 节節 诉訴 笔筆 严嚴 举舉 惊驚 虑慮 财財 拥擁 货貨 宝寶 续續 归歸 齐齊 获獲 错錯 诗詩 " +
        "语語 词詞 课課 赛賽 纸紙 终終 纪紀 约約 细細 绝絕 继繼 绿綠 练練 网網 罗羅 罢罷 圣聖 圆圓 园園 层層 " +
        "岂豈 帅帥 帮幫 庆慶 庄莊 库庫 废廢 异異 弃棄 弹彈 强強 录錄 彻徹 忆憶 忧憂 怀懷 怜憐 恋戀 恶惡 恼惱 " +
        "悬懸 惯慣 戏戲 户戶 扑撲 扩擴 扫掃 扬揚 扰擾 抚撫 抛拋 抢搶 护護 担擔 拟擬 择擇 挥揮 损損 换換 掷擲 " +
        "摄攝 摆擺 摇搖 敌敵 旧舊 晓曉 晒曬 杀殺 杨楊 构構 枪槍 栏欄 树樹 桥橋 检檢 楼樓 欢歡 欧歐 殴毆 毁毀 " +
        "毕畢 汇匯 汉漢 汤湯 沟溝 泪淚 泽澤 洁潔 洒灑 浅淺 测測 浏瀏 浓濃 润潤 涨漲 渐漸 温溫 湾灣 湿溼 湿濕 " +
        "满滿 滚滾 滞滯 滥濫 潜潛 灭滅 灯燈 灵靈 灾災 炉爐 炼煉 烂爛 烟煙 烦煩 烧燒 爷爺 牵牽 犹猶 狮獅 狭狹 " +
        "猎獵 猪豬 献獻 环環 画畫 畅暢 疗療 疯瘋 痒癢 痴癡 瘫癱 皱皺 盐鹽 监監 盖蓋 盘盤 矿礦 码碼 砖磚 础礎 " +
        "碍礙 礼禮 祸禍 积積 称稱 稳穩 穷窮 窃竊 竞競 签籤 简簡 粮糧 紧緊 纠糾 纤纖 纯純 纲綱 纳納 纵縱 纷紛 " +
        "织織 绍紹 绕繞 绘繪 络絡 绩績 绳繩 缓緩 编編 缘緣 缩縮 罚罰 联聯 聪聰 肃肅 肠腸 肤膚 肿腫 胁脅 胆膽 " +
        "胶膠 脑腦 脚腳 脱脫 舰艦 艺藝 芦蘆 苏蘇 荣榮 莱萊 萧蕭 蓝藍 虽雖 虾蝦 蚀蝕 补補 袭襲 访訪 证證 评評 " +
        "诊診 译譯 试試 诚誠 诞誕 询詢 详詳 误誤 诸諸 谈談 谋謀 谓謂 谢謝 谨謹 谱譜 贝貝 负負 贡貢 责責 贤賢 " +
        "败敗 贩販 贪貪 贫貧 购購 贯貫 贵貴 贷貸 贸貿 贺賀 赏賞 赔賠 赖賴 赚賺 赞贊 赠贈 赢贏 赶趕 赵趙 趋趨 " +
        "跃躍 践踐 踪蹤 轨軌 轮輪 软軟 载載 辆輛 辈輩 辉輝 辑輯 输輸 辞辭 辩辯 迁遷 迈邁 违違 迟遲 递遞 逻邏 " +
        "遗遺 邓鄧 邮郵 邻鄰 郑鄭 酱醬 释釋 针針 钓釣 钟鍾 钢鋼 钥鑰 铜銅 银銀 铺鋪 链鏈 销銷 锁鎖 锅鍋 锦錦 " +
        "键鍵 镇鎮 镜鏡 闪閃 闭閉 闲閒 闹鬧 阀閥 阁閣 阅閱 阅閲 阵陣 阶階 陆陸 陈陳 随隨 隐隱 雾霧 静靜 顶頂 " +
        "项項 顺順 顿頓 预預 频頻 颜顏 额額 饮飲 饰飾 饱飽 馆館 驶駛 驻駐 驾駕 骑騎 骗騙 鱼魚 鲁魯 鲜鮮 鸟鳥 " +
        "鸡雞 鸣鳴 麦麥 黄黃 齿齒 龙龍 龟龜 亚亞 亿億 仅僅 仑侖 仓倉 仪儀 优優 伞傘 伟偉 伤傷 伦倫 伪僞 伪偽 " +
        "侠俠 侣侶 侦偵 侧側 侨僑 俭儉 债債 倾傾 偿償 储儲 儿兒 兑兌 兰蘭 兽獸 冈岡 册冊 冯馮 冲衝 况況 冻凍 " +
        "净淨 凉涼 减減 凑湊 凤鳳 凭憑 凯凱 击擊 凿鑿 刘劉 刚剛 删刪 别別 剂劑 剑劍 劝勸 励勵 劲勁 劳勞 勋勳 " +
        "匀勻 卖賣 卢盧 厅廳 厉厲 压壓 厌厭 厕廁 厦廈 参參 双雙 叙敘 叹嘆 吓嚇 吕呂 吗嗎 启啓 启啟 吴吳 呜嗚 " +
        "咏詠 咙嚨 哑啞 哗譁 唤喚 啸嘯 喷噴 坏壞 块塊 坚堅 坛壇 坝壩 坟墳 坠墜 垄壟 垒壘 垦墾 墙牆 壮壯 声聲 " +
        "壳殼 备備 复復 够夠 夹夾 夺奪 奋奮 奖獎 妆妝 妇婦 妈媽 娱娛 娄婁 婴嬰 宁寧 宠寵 审審 宪憲 宫宮 宽寬 " +
        "宾賓 寻尋 寿壽 尔爾 尘塵 尝嘗 届屆 属屬 岗崗 岭嶺 峡峽 币幣 帐帳 帜幟 庙廟 庞龐 弯彎 径徑 忏懺 恳懇 " +
        "悦悅 惧懼 惨慘 惩懲 惫憊 愤憤 拢攏 拣揀 拦攔 拨撥 挡擋 挣掙 挤擠 捞撈 捡撿 掳擄 揽攬 搀攙 搁擱 搂摟 " +
        "搅攪 携攜 摊攤 撑撐 撵攆 敛斂 斋齋 斩斬 旷曠 昙曇 晋晉 晕暈 暂暫 枣棗 栋棟 栖棲 档檔 梦夢 椭橢 横橫 " +
        "歼殲 残殘 毙斃 毡氈 沦淪 泻瀉 泼潑 浆漿 浇澆 浑渾 涛濤 涝澇 涡渦 渊淵 渔漁 渗滲 溃潰 滤濾 滨濱 潇瀟 " +
        "澜瀾 灿燦 炖燉 烁爍 烛燭 烫燙 焕煥 牍牘 狞獰 狱獄 玛瑪 琐瑣 疮瘡 痪瘓 瘾癮 皑皚 盏盞 矫矯 砚硯 硕碩 " +
        "祷禱 禅禪 秃禿 秽穢 窍竅 窑窯 窜竄 窝窩 笼籠 筛篩 筹籌 箩籮 粪糞 纫紉 纱紗 纹紋 纺紡 绅紳 绊絆 绑綁 " +
        "绒絨 绞絞 绢絹 绣繡 绪緒 绵綿 绸綢 综綜 绽綻 缀綴 缅緬 缆纜 缉緝 缎緞 缔締 缕縷 缚縛 缝縫 缠纏 缴繳 " +
        "羡羨 翘翹 耸聳 聂聶 聋聾 肾腎 胀脹 脏髒 脉脈 腻膩 舆輿 舱艙 艰艱 艳豔 芜蕪 苍蒼 茎莖 荆荊 荡蕩 莲蓮 " +
        "莹瑩 萝蘿 萨薩 蔷薔 蕴蘊 虏虜 虚虛 蚁蟻 蚂螞 蛮蠻 蜗蝸 蝇蠅 衅釁 衬襯 袄襖 袜襪 裤褲 览覽 誊謄 订訂 " +
        "讥譏 讨討 训訓 讳諱 讶訝 讽諷 诈詐 诱誘 诺諾 谅諒 谊誼 谎謊 谐諧 谜謎 谣謠 谦謙 谬謬 贞貞 账賬 贬貶 " +
        "贮貯 贱賤 贴貼 贼賊 贿賄 赋賦 赌賭 赐賜 躯軀 轩軒 轰轟 辅輔 辽遼 迹跡 逊遜 酝醞 酿釀 鉴鑑 钉釘 钙鈣 " +
        "钞鈔 钦欽 钩鉤 钩鈎 钻鑽 铃鈴 铅鉛 铭銘 锈鏽 锋鋒 锡錫 锣鑼 锤錘 锯鋸 锻鍛 镶鑲 闯闖 闷悶 闸閘 阔闊 " +
        "陕陝 隶隸 雏雛 韩韓 顽頑 颇頗 颗顆 颠顛 颤顫 飘飄 饥飢 饲飼 饵餌 饶饒 饼餅 饿餓 馒饅 驱驅 驳駁 驴驢 " +
        "驼駝 骂罵 骄驕 骆駱 骚騷 骤驟 鲸鯨 鸭鴨 鸽鴿 鹅鵝 鹏鵬 鹤鶴 鹰鷹 龄齡";

    /// <summary>The class <see cref="ClassOf"/> gives a character written only in simplified Chinese.</summary>
    internal const int Simplified = 1;

    /// <summary>The class <see cref="ClassOf"/> gives a character written only in traditional Chinese.</summary>
    internal const int Traditional = 2;

    // The class of every character of the block, two bits each (5 KB), built once from the pairs:
    // 0 neither, Simplified, or Traditional (no character is on both sides: LanguageDetectorTests).
    private static readonly uint[] s_classes = BuildClasses();

    /// <summary>The main block of CJK Unified Ideographs, which <see cref="ClassOf"/> covers.</summary>
    internal static bool InBlock(char c) => c is >= First and <= Last;

    /// <summary>
    /// The classes of the block's characters, for <see cref="ClassOf"/>: a loop over a text takes
    /// them once, instead of reading a static field behind an initialization test per character.
    /// </summary>
    internal static ReadOnlySpan<uint> Classes => s_classes;

    /// <summary>0, <see cref="Simplified"/> or <see cref="Traditional"/> for <paramref name="c"/>, which must be <see cref="InBlock"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ClassOf(char c, ReadOnlySpan<uint> classes)
    {
        int offset = c - First;
        return (int)(classes[offset >> 4] >> ((offset & 15) * 2)) & 3;
    }

    private static uint[] BuildClasses()
    {
        var classes = new uint[((Last - First) / 16) + 1];
        for (int i = 0; i + 1 < Pairs.Length; i += 3)
        {
            // Pairs are two characters and a space: "这這 个個 …".
            Set(classes, Pairs[i], Simplified);
            Set(classes, Pairs[i + 1], Traditional);
        }

        return classes;
    }

    private static void Set(uint[] classes, char c, int value)
    {
        int offset = c - First;
        classes[offset >> 4] |= (uint)value << ((offset & 15) * 2);
    }
}
