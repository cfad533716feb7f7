/**
 * The site's one traditional → simplified table (pairs of characters, traditional then simplified: '備备號号…', one
 * UTF-16 unit each), made by `npm run trad-table` (scripts/trad-table.mjs) from OpenCC; do not edit by hand.
 * This part: the characters of filing messages (验证码、备案号、审核…, province names, refused words),
 * mapped by every tool's normalisation (src/lib/text) and by search.
 */
export const MESSAGE_PAIRS =
  '並并佈布併并係系個个備备傳传價价億亿內内兩两則则動动務务區区協协厤历員员問问單单囌苏國国圍围園园圖图團团報报場场墰坛壇坛壜坛壯壮學学實实寧宁審审寫写將将導导幷并庫库廣广廳厅彔录後后復复態态慶庆憑凭應应' +
  '戲戏戶户擇择擊击據据擬拟敗败數数於于時时晉晋曆历書书會会朮术東东條条業业構构樂乐機机檢检檯台權权歡欢歷历測测準准滬沪漢汉灣湾為为無无熱热營营爲为爾尔狀状現现瓊琼產产産产療疗發发確确碼码種种稱称箇个節节' +
  '範范簡简簽签籤签粵粤糰团紅红級级終终組组絕绝絡络統统絶绝經经綫线維维網网線线總总織织繫系罈坛罎坛罰罚聞闻聯联聽听肅肃臺台與与舊旧華华葯药藝艺藥药蘇苏處处虛虚號号術术裏里裝装裡里複复規规視视覽览訂订計计' +
  '訊讯訓训記记訪访設设許许診诊註注証证評评詢询試试話话認认誤误說说説说請请論论證证譜谱議议護护讀读變变讓让負负財财貨货責责貴贵買买貸贷貿贸資资賣卖賭赌購购贛赣車车載载輕轻輸输轉转辦办農农這这遊游運运過过' +
  '達达遞递遠远遲迟遼辽還还邊边郵邮醫医銷销錄录錢钱錯错録录鏈链門门閉闭開开間间閩闽閱阅閲阅關关陜陕陝陕際际險险隴陇雲云電电頁页頭头頻频類类顯显颱台飾饰駁驳驗验驟骤體体髮发鬥斗魯鲁點点齡龄龍龙';
