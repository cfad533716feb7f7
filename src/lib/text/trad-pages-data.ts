/**
 * The site's one traditional → simplified table (pairs of characters, traditional then simplified: '備备號号…', one
 * UTF-16 unit each), made by `npm run trad-table` (scripts/trad-table.mjs) from OpenCC; do not edit by hand.
 * This part: the other characters the pages use, mapped by search only (src/lib/search), kept apart so that
 * no tool carries it.
 */
export const PAGE_PAIRS =
  '丟丢佔占來来侷局俬私倉仓們们側侧傢家僅仅儘尽償偿優优儲储兒儿冊册凈净別别刪删剛刚劄札勞劳勻匀匯汇卻却卽即參参唸念嗎吗嘗尝噹当嚐尝嚮向嚴严圓圆執执塊块夠够夥伙夾夹寬宽寶宝專专對对層层屬属嵗岁帶带幫帮幹干' +
  '幾几廠厂廢废張张強强彆别彈弹彙汇徑径從从徵征愛爱慮虑憶忆懞蒙懸悬拚拼掃扫掛挂換换搶抢摺折撥拨擋挡擔担攔拦攝摄敎教斷断旂旗旣既暢畅暫暂曏向査查棄弃榘矩榦干標标樣样橫横檔档欄栏歲岁歸归殘残殻壳殼壳氣气氾泛' +
  '汎泛決决沒没況况淨净湊凑滙汇滾滚滿满潤润濛蒙瀏浏牽牵獨独獲获環环畢毕異异當当盡尽監监眞真眾众矇蒙穩稳穫获筆笔箚札篩筛紀纪約约納纳純纯紙纸細细紹绍結结給给綁绑綴缀綵彩緊紧編编緻致縮缩繞绕繳缴續续纍累纔才' +
  '義义習习聲声職职脩修腦脑腳脚臉脸臨临舉举舖铺艦舰萬万蒐搜蓋盖蔘参薦荐衆众衕同袷夹補补製制覈核見见親亲討讨託托訴诉詐诈詞词該该詳详語语誠诚誰谁調调談谈諮咨諾诺講讲識识費费貼贴賃赁質质賬账趕赶踰逾軟软較较' +
  '轄辖辭辞迴回逕径連连週周進进違违適适遶绕遷迁選选鄉乡釋释針针釦扣鈕钮鈡钟銀银銜衔鋪铺錘锤錶表鍵键鍼针鍾钟鎚锤鏡镜鐘钟長长閤合闆板陸陆隊队階阶隨随隱隐隻只雜杂離离鞦秋韆千響响頂顶項项順顺須须預预頒颁頓顿' +
  '題题額额風风颳刮養养餘余馬马駐驻騙骗騰腾鬆松鬚须麪面麫面麵面麼么黨党齊齐齣出';
