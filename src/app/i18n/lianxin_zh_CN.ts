<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoundaryProblemText</name>
    <message>
        <location filename="../boundaryproblemtext.cpp" line="37"/>
        <source>Invalid area: %1 is not a valid polygon near %2</source>
        <translation>无效片区：%1 在 %2 附近不是有效的多边形</translation>
    </message>
    <message>
        <location filename="../boundaryproblemtext.cpp" line="39"/>
        <source>Overlap: %1 and %2 overlap by %3 m² near %4</source>
        <translation>重叠：%1 与 %2 在 %4 附近重叠 %3 平方米</translation>
    </message>
    <message>
        <location filename="../boundaryproblemtext.cpp" line="41"/>
        <source>Gap: %1 m² inside the urban area lies in no area (between %2) near %3</source>
        <translation>缝隙：城区内 %1 平方米不属于任何片区（位于 %2 之间），在 %3 附近</translation>
    </message>
    <message>
        <location filename="../boundaryproblemtext.cpp" line="44"/>
        <source>Hole: %1 has a hole of %2 m² that no area fills, near %3</source>
        <translation>空洞：%1 有 %2 平方米的空洞未被任何片区填补，在 %3 附近</translation>
    </message>
    <message>
        <location filename="../boundaryproblemtext.cpp" line="46"/>
        <source>Outside: %1 reaches %2 m² beyond the urban outline near %3</source>
        <translation>越界：%1 在 %3 附近超出城区边界 %2 平方米</translation>
    </message>
    <message>
        <location filename="../boundaryproblemtext.cpp" line="48"/>
        <source>Building %1 lies in no area (near %2)</source>
        <translation>楼栋 %1 不在任何片区内（%2 附近）</translation>
    </message>
    <message>
        <location filename="../boundaryproblemtext.cpp" line="50"/>
        <source>Warning: building %1 straddles %2; it belongs to the area with the larger share of its footprint</source>
        <translation>提示：楼栋 %1 跨越 %2，按占地面积较大的一侧归属</translation>
    </message>
    <message>
        <location filename="../boundaryproblemtext.cpp" line="54"/>
        <source>Household %1 at %2 lies outside %3, the area of its building</source>
        <translation>住户 %1 位于 %2，不在其楼栋所属的片区 %3 内</translation>
    </message>
    <message>
        <location filename="../boundaryproblemtext.cpp" line="56"/>
        <source>Building %1 lies in %2 but the database records another area</source>
        <translation>楼栋 %1 位于 %2，但数据库记录为其他片区</translation>
    </message>
    <message>
        <location filename="../boundaryproblemtext.cpp" line="58"/>
        <source>Household %1 belongs to %2 but the database records another area</source>
        <translation>住户 %1 应属于 %2，但数据库记录为其他片区</translation>
    </message>
</context>
<context>
    <name>BriefingContentBuilder</name>
    <message>
        <location filename="../briefingcontent.cpp" line="57"/>
        <source>Suggestions by area</source>
        <translation>意见建议办理情况统计</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="58"/>
        <source>No statistics.</source>
        <translation>没有统计数据。</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="59"/>
        <source>Recurring suggestions (topic threads)</source>
        <translation>反复出现的意见建议（专题）</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="60"/>
        <source>No topic threads yet: find them in the Topic threads panel, then write the briefing again.</source>
        <translation>尚未计算意见建议专题：请在“专题”面板中查找专题后重新生成简报。</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="61"/>
        <source> (continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="63"/>
        <source>Changdao grid community service · page %1</source>
        <extracomment>%1 is the page number</extracomment>
        <translation>长岛网格连心服务 · 第 %1 页</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="65"/>
        <source>d MMMM yyyy</source>
        <extracomment>QDate format of the briefing&apos;s date</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="45"/>
        <source>Grid area / village</source>
        <translation>网格片区 / 渔村</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="51"/>
        <source>County total</source>
        <translation>全县合计</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="13"/>
        <source>Changdao grid community service — suggestions briefing</source>
        <translation>长岛网格连心服务 意见建议简报</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="24"/>
        <source>Suggestions: %1 — done %2, in progress %3, blocked %4</source>
        <translation>意见建议 %1 件：已办结 %2，正在办理 %3，疑难受限 %4</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="29"/>
        <source>Replied within %1 working days: %2; overdue: %3</source>
        <translation>%1个工作日内答复率：%2；超期：%3 件</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="46"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="47"/>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="48"/>
        <source>In progress</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="49"/>
        <source>Blocked</source>
        <translation>疑难受限</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="50"/>
        <source>On time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="52"/>
        <source>Thread</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="53"/>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="54"/>
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="55"/>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="56"/>
        <source>Rounds</source>
        <translation>走访轮次</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="35"/>
        <source>Heat map: radius %1 m, colour scale up to %2 %3</source>
        <translation>热力图：半径 %1 米，色标上限 %2 %3</translation>
    </message>
    <message>
        <location filename="../briefingcontent.cpp" line="39"/>
        <source> (pinned)</source>
        <translation>（固定）</translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <location filename="../layertitles.cpp" line="9"/>
        <source>Islands</source>
        <translation>海岛</translation>
    </message>
    <message>
        <location filename="../layertitles.cpp" line="11"/>
        <source>Township units</source>
        <translation>乡镇（街道、中心）</translation>
    </message>
    <message>
        <location filename="../layertitles.cpp" line="13"/>
        <source>Fishing villages</source>
        <translation>渔村</translation>
    </message>
    <message>
        <location filename="../layertitles.cpp" line="15"/>
        <source>Urban grid areas</source>
        <translation>城区网格片区</translation>
    </message>
    <message>
        <location filename="../layertitles.cpp" line="17"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../layertitles.cpp" line="19"/>
        <source>Shops</source>
        <translation>商铺</translation>
    </message>
    <message>
        <location filename="../layertitles.cpp" line="21"/>
        <source>Contact-group territories</source>
        <translation>联户组片区</translation>
    </message>
    <message>
        <location filename="../layertitles.cpp" line="23"/>
        <source>Topic threads</source>
        <translation>意见建议专题</translation>
    </message>
    <message>
        <location filename="../layertitles.cpp" line="25"/>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../layertitles.cpp" line="27"/>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../mainactions.cpp" line="66"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="67"/>
        <source>Open a Lianxin project database (.sqlite)</source>
        <translation>打开连心项目数据库（.sqlite）</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="72"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="75"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="76"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="77"/>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="78"/>
        <source>Show the whole county</source>
        <translation>显示全县</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="79"/>
        <source>Zoom to &amp;layer</source>
        <translation>缩放至图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="80"/>
        <source>Show the whole layer selected in the layer panel</source>
        <translation>显示图层面板中所选图层的全部范围</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="81"/>
        <source>Zoom to &amp;selection</source>
        <translation>缩放至所选要素(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="82"/>
        <source>Show the identified or found features</source>
        <translation>显示识别或搜索到的要素</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="83"/>
        <source>&amp;Previous extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="84"/>
        <source>&amp;Next extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="85"/>
        <source>&amp;Clear selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="86"/>
        <source>Show l&amp;abels</source>
        <translation>显示标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="87"/>
        <source>Show legend, scale &amp;bar and north arrow</source>
        <translation>显示图例、比例尺和指北针(&amp;B)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="88"/>
        <source>&amp;About Lianxin</source>
        <translation>关于连心(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="68"/>
        <source>&amp;Briefing report…</source>
        <translation>简报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="69"/>
        <source>Write an A4 PDF with the map, the heat map, the statistics and the top threads</source>
        <translation>生成A4 PDF简报：地图、热力图、统计表和主要专题</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="70"/>
        <source>Export &amp;rosters…</source>
        <translation>导出联户名册(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="71"/>
        <source>Write every group&apos;s households and cadres as XLSX or CSV, for printing</source>
        <translation>将各联户组的住户和干部导出为 XLSX 或 CSV，供打印</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="73"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="74"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>lianxin::BoundaryController</name>
    <message>
        <location filename="../boundarycontroller.cpp" line="56"/>
        <source>Renumber the grid areas</source>
        <translation>网格片区重新编号</translation>
    </message>
    <message>
        <location filename="../boundarycontroller.cpp" line="60"/>
        <source>Assign buildings</source>
        <translation>划转楼栋</translation>
    </message>
    <message>
        <location filename="../boundarycontroller.cpp" line="81"/>
        <location filename="../boundarycontroller.cpp" line="84"/>
        <source>Grid boundaries</source>
        <translation>网格边界</translation>
    </message>
    <message>
        <location filename="../boundarycontroller.cpp" line="82"/>
        <source>Edit the grid boundaries: move shared borders, transfer, split, merge (%1)</source>
        <translation>编辑网格边界：移动公共边界、划转、拆分、合并（%1）</translation>
    </message>
    <message>
        <location filename="../boundarycontroller.cpp" line="140"/>
        <source>%1 refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../boundarycontroller.cpp" line="215"/>
        <source>The boundaries cannot be saved</source>
        <translation>无法保存边界</translation>
    </message>
    <message numerus="yes">
        <location filename="../boundarycontroller.cpp" line="216"/>
        <source>The coverage breaks %n rule(s); nothing was written.</source>
        <translation>
            <numerusform>网格覆盖违反 %n 条规则，未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../boundarycontroller.cpp" line="224"/>
        <source>edit grid boundaries</source>
        <translation>编辑网格边界</translation>
    </message>
    <message>
        <location filename="../boundarycontroller.cpp" line="235"/>
        <source>Nothing to save: the boundaries are as in the database</source>
        <translation>无需保存：边界与数据库一致</translation>
    </message>
    <message>
        <location filename="../boundarycontroller.cpp" line="240"/>
        <source>Save grid boundaries</source>
        <translation>保存网格边界</translation>
    </message>
    <message numerus="yes">
        <location filename="../boundarycontroller.cpp" line="250"/>
        <source>Saved the grid boundaries: %n household(s) changed area</source>
        <translation>
            <numerusform>已保存网格边界：%n 户调整了片区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../boundarycontroller.cpp" line="272"/>
        <source>Assign the %n household(s) that %1 gained to groups of %2</source>
        <translation>
            <numerusform>将 %1 新增的 %n 户分配到%2的联户组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../boundarycontroller.cpp" line="331"/>
        <source>Version %1 against today: %n area(s) differ (%2); %3 household(s) lie in another area.</source>
        <translation>
            <numerusform>版本 %1 与当前相比：%n 个片区不同（%2）；%3 户所在片区不同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../boundarycontroller.cpp" line="352"/>
        <source>Restore version %1</source>
        <translation>恢复版本 %1</translation>
    </message>
</context>
<context>
    <name>lianxin::BoundaryPanel</name>
    <message>
        <location filename="../boundarypanel.cpp" line="173"/>
        <source>Vertex</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="173"/>
        <source>Transfer</source>
        <translation>划转</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="173"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="173"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="173"/>
        <location filename="../boundarypanel.cpp" line="196"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="173"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="175"/>
        <source>Drag a vertex or a border (it moves in every area sharing it); double-click a border adds a vertex, Delete removes the one under the cursor; snaps to vertices and edges within 10 pixels</source>
        <translation>拖动节点或边界（共用它的所有片区一起移动）；双击边界添加节点，Delete 删除光标下的节点；10 像素内吸附到节点和边</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="177"/>
        <source>Click a line across an area, double-click to end: the piece beyond it goes to the neighbour it touches</source>
        <translation>点击画一条穿过片区的线，双击结束：线外侧的部分划给与之相邻的片区</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="178"/>
        <source>Click a line across an area, double-click to end: the smaller piece becomes a new area</source>
        <translation>点击画一条穿过片区的线，双击结束：较小的部分成为新片区</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="179"/>
        <source>Click two neighbouring areas: the second joins the first</source>
        <translation>依次点击两个相邻片区：第二个并入第一个</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="180"/>
        <source>Click buildings to choose them, then hand them to an area: the border is redrawn around them</source>
        <translation>点击选择楼栋，再划给某个片区：边界沿楼栋重新绘制</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="181"/>
        <source>Click an area to lock or unlock it: a locked area neither gains nor loses ground</source>
        <translation>点击片区锁定或解锁：锁定的片区范围不增不减</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="186"/>
        <source>Hand to:</source>
        <translation>划给：</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="187"/>
        <source>Assign buildings</source>
        <translation>划转楼栋</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="188"/>
        <source>Why (kept with the version)</source>
        <translation>调整原因（随版本保存）</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="189"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="190"/>
        <source>Check the coverage and write the change as one version</source>
        <translation>检查网格覆盖并将调整保存为一个版本</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="191"/>
        <source>Renumber</source>
        <translation>重新编号</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="192"/>
        <source>Codes in reading order: north to south, west to east</source>
        <translation>按阅读顺序编号：自北向南、自西向东</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="193"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="194"/>
        <location filename="../boundarypanel.cpp" line="259"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="195"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="196"/>
        <source>Area / department</source>
        <translation>片区 / 部门</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="196"/>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="196"/>
        <source>Households ±</source>
        <translation>住户 ±</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="197"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="197"/>
        <source>Shops</source>
        <translation>商铺</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="197"/>
        <source>Open suggestions</source>
        <translation>未办结意见</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="198"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="199"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="200"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="201"/>
        <source>Double-click: open the rebalancing for that department</source>
        <translation>双击：打开该部门的联户调整</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="218"/>
        <source>No building changes area.</source>
        <translation>没有楼栋调整片区。</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="219"/>
        <source>%1 building(s) and %2 household(s) change area; %3 household(s) change department.</source>
        <translation>%1 栋楼、%2 户调整片区；%3 户调整责任部门。</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="225"/>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="230"/>
        <source>Departments (load)</source>
        <translation>部门（负荷）</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="235"/>
        <source>%1 → %2 households per cadre</source>
        <translation>每名干部 %1 → %2 户</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="240"/>
        <source>Contact groups losing households</source>
        <translation>住户转出的联户组</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="259"/>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../boundarypanel.cpp" line="270"/>
        <source>Version %1 · %2 · %3 · %4: %5</source>
        <translation>版本 %1 · %2 · %3 · %4：%5</translation>
    </message>
</context>
<context>
    <name>lianxin::BoundaryTool</name>
    <message>
        <location filename="../boundarytool.cpp" line="223"/>
        <source>Move a border</source>
        <translation>移动边界</translation>
    </message>
    <message>
        <location filename="../boundarytool.cpp" line="223"/>
        <source>Move a vertex</source>
        <translation>移动节点</translation>
    </message>
    <message>
        <location filename="../boundarytool.cpp" line="233"/>
        <source>Add a vertex</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <location filename="../boundarytool.cpp" line="249"/>
        <source>Remove a vertex</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <location filename="../boundarytool.cpp" line="295"/>
        <source>Merge two areas</source>
        <translation>合并两个片区</translation>
    </message>
    <message>
        <location filename="../boundarytool.cpp" line="317"/>
        <source>Lock %1</source>
        <translation>锁定 %1</translation>
    </message>
    <message>
        <location filename="../boundarytool.cpp" line="318"/>
        <source>Unlock %1</source>
        <translation>解锁 %1</translation>
    </message>
    <message>
        <location filename="../boundarytool.cpp" line="335"/>
        <source>Draw the line across an area: click its points, double-click the last</source>
        <translation>请画一条穿过片区的线：依次点击各点，双击最后一点</translation>
    </message>
    <message>
        <location filename="../boundarytool.cpp" line="340"/>
        <source>Transfer a piece</source>
        <translation>划转一块</translation>
    </message>
    <message>
        <location filename="../boundarytool.cpp" line="344"/>
        <source>Split an area</source>
        <translation>拆分片区</translation>
    </message>
</context>
<context>
    <name>lianxin::HeatmapDock</name>
    <message>
        <location filename="../heatmapdock.cpp" line="199"/>
        <source>per 100 households/km²</source>
        <translation>件/百户/km²</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="199"/>
        <source>suggestions/km²</source>
        <translation>件/km²</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="200"/>
        <source>Suggestion heat map</source>
        <translation>意见建议热力图</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="262"/>
        <source>Heat map cancelled.</source>
        <translation>热力图计算已取消。</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="268"/>
        <source>Heat map not computed: %1</source>
        <translation>热力图未能计算：%1</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="283"/>
        <source>%1 suggestions, %2 × %3 cells of %4 m, maximum %5 %6, %7 ms</source>
        <translation>意见建议 %1 件，%2 × %3 个 %4 米栅格，最大值 %5 %6，用时 %7 毫秒</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="289"/>
        <source>%1 suggestions outside any grid area or village left out</source>
        <translation>%1 件意见建议不在任何网格片区或渔村内，未计入</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="292"/>
        <source>Heat map: cells coarsened to %1 m to stay within %2 cells for this view</source>
        <translation>热力图：为使本视图不超过 %2 个栅格，栅格已放大为 %1 米</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="325"/>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="325"/>
        <source>Cell size</source>
        <translation>栅格大小</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="325"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="326"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="326"/>
        <source>Colours</source>
        <translation>色带</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="326"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="333"/>
        <source>Uniform (each suggestion 1)</source>
        <translation>均等（每件计1）</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="334"/>
        <source>Unresolved (blocked 3, in progress 2, done 1)</source>
        <translation>未解决加权（疑难受限3，正在办理2，已办结1）</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="337"/>
        <source>Per 100 households</source>
        <translation>每百户</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="338"/>
        <source>Divide each suggestion by the households of its grid area or village</source>
        <translation>按所在网格片区或渔村的户数折算为每百户</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="339"/>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="340"/>
        <source>Keep this maximum for every view and period, so a colour always means the same density</source>
        <translation>各视图、各时段都使用这一最大值，同一颜色始终代表同一密度</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="341"/>
        <source>Unpinned: the maximum of the current heat map</source>
        <translation>未固定时：当前热力图的最大值</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="343"/>
        <source>Show heat map</source>
        <translation>显示热力图</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="344"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="345"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../heatmapdock.cpp" line="342"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>lianxin::HeatmapFilterForm</name>
    <message>
        <location filename="../heatmapfilterform.cpp" line="75"/>
        <source>All concerns</source>
        <translation>全部诉求类别</translation>
    </message>
    <message>
        <location filename="../heatmapfilterform.cpp" line="80"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../heatmapfilterform.cpp" line="82"/>
        <source>All grid areas</source>
        <translation>全部网格片区</translation>
    </message>
    <message>
        <location filename="../heatmapfilterform.cpp" line="105"/>
        <source>All items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <location filename="../heatmapfilterform.cpp" line="129"/>
        <source>Concern group</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <location filename="../heatmapfilterform.cpp" line="130"/>
        <source>Concern item</source>
        <translation>诉求事项</translation>
    </message>
    <message>
        <location filename="../heatmapfilterform.cpp" line="131"/>
        <source>Status</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <location filename="../heatmapfilterform.cpp" line="132"/>
        <source>Department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <location filename="../heatmapfilterform.cpp" line="133"/>
        <source>Grid area</source>
        <translation>网格片区</translation>
    </message>
    <message>
        <location filename="../heatmapfilterform.cpp" line="138"/>
        <source>All statuses</source>
        <translation>全部办理情况</translation>
    </message>
</context>
<context>
    <name>lianxin::HotspotPanels</name>
    <message>
        <location filename="../hotspotpanels.cpp" line="101"/>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../hotspotpanels.cpp" line="102"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../hotspotpanels.cpp" line="103"/>
        <source>Topic threads</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../hotspotpanels.cpp" line="110"/>
        <source>briefing</source>
        <translation>简报</translation>
    </message>
    <message>
        <location filename="../hotspotpanels.cpp" line="111"/>
        <source>Save briefing report</source>
        <translation>保存简报</translation>
    </message>
    <message>
        <location filename="../hotspotpanels.cpp" line="111"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../hotspotpanels.cpp" line="124"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../hotspotpanels.cpp" line="133"/>
        <source>Briefing written: %1 (%n page(s))</source>
        <translation>
            <numerusform>简报已生成：%1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../hotspotpanels.cpp" line="138"/>
        <source>Briefing not written</source>
        <translation>简报未能生成</translation>
    </message>
    <message>
        <location filename="../hotspotpanels.cpp" line="139"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>lianxin::IdentifyPanel</name>
    <message>
        <location filename="../identifypanel.cpp" line="122"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../identifypanel.cpp" line="122"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../identifypanel.cpp" line="124"/>
        <source>Click the map to see the features under the cursor.</source>
        <translation>单击地图，查看光标处的要素。</translation>
    </message>
    <message>
        <location filename="../identifypanel.cpp" line="126"/>
        <source>No feature here.</source>
        <translation>此处没有要素。</translation>
    </message>
    <message>
        <location filename="../identifypanel.cpp" line="128"/>
        <source>Features here: %1</source>
        <translation>此处要素：%1 个</translation>
    </message>
</context>
<context>
    <name>lianxin::LayerPanel</name>
    <message>
        <location filename="../layerpanel.cpp" line="192"/>
        <source>&amp;Zoom to layer</source>
        <translation>缩放至图层(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../layerpanel.cpp" line="194"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../layerpanel.cpp" line="195"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../layerpanel.cpp" line="208"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../layerpanel.cpp" line="208"/>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <location filename="../layerpanel.cpp" line="209"/>
        <source>Move the selected layer up</source>
        <translation>上移所选图层</translation>
    </message>
    <message>
        <location filename="../layerpanel.cpp" line="210"/>
        <source>Move the selected layer down</source>
        <translation>下移所选图层</translation>
    </message>
    <message>
        <location filename="../layerpanel.cpp" line="211"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../layerpanel.cpp" line="212"/>
        <source>Opacity of the selected layer</source>
        <translation>所选图层的不透明度</translation>
    </message>
    <message>
        <location filename="../layerpanel.cpp" line="213"/>
        <source>Tick to show a layer; drag to reorder; double-click to zoom to it</source>
        <translation>勾选以显示图层；拖动以调整顺序；双击缩放至该图层</translation>
    </message>
</context>
<context>
    <name>lianxin::LoadHistogram</name>
    <message>
        <location filename="../loadhistogram.cpp" line="40"/>
        <source>Load histogram: run a preview</source>
        <translation>负荷直方图：请先预览</translation>
    </message>
    <message>
        <location filename="../loadhistogram.cpp" line="87"/>
        <source>before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <location filename="../loadhistogram.cpp" line="87"/>
        <source>after</source>
        <translation>调整后</translation>
    </message>
    <message>
        <location filename="../loadhistogram.cpp" line="87"/>
        <source>load per group</source>
        <translation>每组负荷</translation>
    </message>
</context>
<context>
    <name>lianxin::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="436"/>
        <source>Lianxin — Changdao community service map</source>
        <translation>连心 — 长岛网格连心服务地图</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="442"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="445"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="446"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="447"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="448"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="441"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="363"/>
        <source>Search “%1”: %2 found</source>
        <translation>搜索“%1”：找到 %2 个</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="444"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="208"/>
        <source>About Lianxin</source>
        <translation>关于连心</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="209"/>
        <source>&lt;b&gt;Lianxin (连心) %1&lt;/b&gt;&lt;p&gt;The map of Changdao&apos;s grid-based community service network.&lt;p&gt;Coastline: GSHHG 2.3.7 (LGPL-3.0-or-later).</source>
        <translation>&lt;b&gt;连心 %1&lt;/b&gt;&lt;p&gt;长岛网格化社区服务网络地图。&lt;p&gt;海岸线：GSHHG 2.3.7（LGPL-3.0 或更高版本）。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="260"/>
        <location filename="../mainwindow.cpp" line="262"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="272"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="273"/>
        <location filename="../mainwindow.cpp" line="457"/>
        <source>Open a project database: File ▸ Open (%1)</source>
        <translation>请打开项目数据库：文件 ▸ 打开（%1）</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="276"/>
        <source>Could not open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="277"/>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="315"/>
        <source>Opened %1: read in %2 ms, map built in %3 ms</source>
        <translation>已打开 %1：读取 %2 毫秒，构建地图 %3 毫秒</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="320"/>
        <source>Style: %1 (the layer uses a default style)</source>
        <translation>样式：%1（该图层改用默认样式）</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="323"/>
        <source>%1 — %2 households, %3 suggestions</source>
        <translation>%1 — %2 户住户，%3 条意见建议</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="358"/>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="382"/>
        <source>Open project database</source>
        <translation>打开项目数据库</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="383"/>
        <source>Lianxin databases (*.sqlite *.db);;All files (*)</source>
        <translation>连心数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="449"/>
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="450"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="455"/>
        <source>Map navigation</source>
        <translation>地图导航</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="454"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
</context>
<context>
    <name>lianxin::RebalanceController</name>
    <message>
        <location filename="../rebalancecontroller.cpp" line="97"/>
        <source>Undo of: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="83"/>
        <source>Rebalance groups</source>
        <translation>联户调整</translation>
    </message>
    <message numerus="yes">
        <location filename="../rebalancecontroller.cpp" line="94"/>
        <source>Rebalance (%n household(s))</source>
        <translation>
            <numerusform>联户调整（%n 户）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="110"/>
        <source>Could not change the groups</source>
        <translation>无法调整联户组</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="111"/>
        <source>Nothing was written to %1.</source>
        <translation>未向 %1 写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../rebalancecontroller.cpp" line="114"/>
        <source>%n household(s) changed group; the audit log records it.</source>
        <translation>
            <numerusform>%n 户已调整联户组，已记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="124"/>
        <source>rosters</source>
        <translation>联户名册</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="125"/>
        <source>Export rosters</source>
        <translation>导出联户名册</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="126"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="139"/>
        <source>Rosters of %1 households written to %2</source>
        <translation>已将 %1 户的名册写入 %2</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="144"/>
        <source>Could not export the rosters</source>
        <translation>无法导出联户名册</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="144"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>lianxin::RebalanceMetricsTable</name>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="75"/>
        <source>Before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="75"/>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="76"/>
        <source>Smallest load</source>
        <translation>最小负荷</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="76"/>
        <source>Largest load</source>
        <translation>最大负荷</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="76"/>
        <source>Load std. dev.</source>
        <translation>负荷标准差</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="76"/>
        <source>Mean walk (m)</source>
        <translation>平均步行距离（米）</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="77"/>
        <source>90th percentile walk (m)</source>
        <translation>90% 分位步行距离（米）</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="77"/>
        <source>Compactness (hull share)</source>
        <translation>紧凑度（凸包占比）</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="77"/>
        <source>Mean group radius (m)</source>
        <translation>平均服务半径（米）</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="78"/>
        <source>Households moved</source>
        <translation>调整户数</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="78"/>
        <source>Groups: party member with non-member</source>
        <translation>党员带非党的组</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="79"/>
        <source>Groups: senior with junior</source>
        <translation>老带新的组</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="79"/>
        <source>Groups: local with non-local</source>
        <translation>当地带外地的组</translation>
    </message>
</context>
<context>
    <name>lianxin::RebalancePanel</name>
    <message>
        <location filename="../rebalancepanel.cpp" line="127"/>
        <location filename="../rebalancepanel.cpp" line="407"/>
        <source>Stability %1 m:</source>
        <translation>稳定性 %1 米：</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="211"/>
        <source>Balancing %1…</source>
        <translation>正在调整%1…</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="251"/>
        <source>Preview cancelled: nothing changed.</source>
        <translation>预览已取消，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="250"/>
        <source>Preview discarded: the project was reloaded meanwhile; nothing changed.</source>
        <translation>预览已作废：期间项目已重新载入；未作任何修改。</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="255"/>
        <source>Cannot balance: %1</source>
        <translation>无法调整：%1</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="257"/>
        <source>Cannot balance</source>
        <translation>无法调整</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="258"/>
        <source>%1 cannot be balanced with these settings.</source>
        <translation>按当前设置无法调整%1。</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="296"/>
        <source>%1: %2 of %3 households would change group; mean walk %4 m → %5 m.</source>
        <translation>%1：%3 户中将有 %2 户调整联户组；平均步行距离 %4 米 → %5 米。</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="353"/>
        <source>%1 (%2 households)</source>
        <translation>%1（%2 户）</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="364"/>
        <source>the whole county</source>
        <translation>全区</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="373"/>
        <source>Rebalance %1: tolerance %2, stability %3 m, extra weights %4/%5/%6/%7, %8 locked groups</source>
        <translation>联户调整%1：容差 %2，稳定性 %3 米，加权 %4/%5/%6/%7，锁定 %8 个组</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="393"/>
        <source>Whole county</source>
        <translation>全区</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="394"/>
        <source>Department</source>
        <translation>区直部门</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="395"/>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="396"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="397"/>
        <source>Tolerance:</source>
        <translation>容差：</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="398"/>
        <source>How far a group&apos;s load may lie from the scope&apos;s mean, in weight units</source>
        <translation>联户组负荷与范围内平均负荷之间允许的差距（按权重单位计）</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="399"/>
        <source>Extra weight:</source>
        <translation>加权：</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="400"/>
        <source>Five elders</source>
        <translation>五老</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="400"/>
        <source>Subsistence allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="400"/>
        <source>Hardship</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="400"/>
        <source>Serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="403"/>
        <source>Extra load units a household with this flag counts for</source>
        <translation>带有此标记的户额外计入的负荷单位</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="405"/>
        <source>Compact</source>
        <translation>紧凑</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="406"/>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="408"/>
        <source>Metres of walking a move must save before a household changes group</source>
        <translation>一户调整联户组前至少应节省的步行距离（米）</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="409"/>
        <source>Locked groups:</source>
        <translation>锁定的组：</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="410"/>
        <source>Checked groups keep exactly their households</source>
        <translation>勾选的联户组保持现有住户不变</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="411"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="412"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="413"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="414"/>
        <source>Write the proposal to the database (undo with Ctrl+Z)</source>
        <translation>将调整方案写入数据库（可用 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="415"/>
        <source>Export rosters…</source>
        <translation>导出联户名册…</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="416"/>
        <source>Write the groups&apos; rosters as in the database, for printing (XLSX or CSV)</source>
        <translation>按数据库现状导出各联户组名册，供打印（XLSX 或 CSV）</translation>
    </message>
</context>
<context>
    <name>lianxin::RecentFiles</name>
    <message>
        <location filename="../recentfiles.cpp" line="49"/>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <location filename="../recentfiles.cpp" line="53"/>
        <source>&amp;Clear the list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>lianxin::SearchBox</name>
    <message>
        <location filename="../searchbox.cpp" line="50"/>
        <source>Search household, address, grid area…</source>
        <translation>搜索住户、地址、网格片区…</translation>
    </message>
    <message>
        <location filename="../searchbox.cpp" line="51"/>
        <source>Household code (H000123), building address, grid-area code (NCS-01) or name; Enter to go</source>
        <translation>住户编号（H000123）、楼栋地址、网格片区编号（NCS-01）或名称；按回车定位</translation>
    </message>
</context>
<context>
    <name>lianxin::StatsDock</name>
    <message>
        <location filename="../statsdock.cpp" line="143"/>
        <source>County: %1 suggestions — %2 done, %3 in progress, %4 blocked; replied on time %5</source>
        <translation>全县：意见建议 %1 件——已办结 %2，正在办理 %3，疑难受限 %4；按时答复率 %5</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="147"/>
        <source>; satisfaction %1 / 5</source>
        <translation>；满意度 %1 / 5</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="179"/>
        <source>no reply</source>
        <translation>未答复</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="186"/>
        <source>Overdue: none — no reply is later than %1 working days</source>
        <translation>超期：无——没有超过%1个工作日才答复的意见建议</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="187"/>
        <source>Overdue: %1 suggestions</source>
        <translation>超期：%1 件</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="248"/>
        <source>Choropleth not drawn: %1</source>
        <translation>分级设色未能绘制：%1</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="258"/>
        <source>By grid area</source>
        <translation>按网格片区</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="258"/>
        <source>By fishing village</source>
        <translation>按渔村</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="258"/>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="265"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="266"/>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="267"/>
        <location filename="../statsdock.cpp" line="276"/>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="268"/>
        <location filename="../statsdock.cpp" line="276"/>
        <source>In progress</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="269"/>
        <location filename="../statsdock.cpp" line="276"/>
        <source>Blocked</source>
        <translation>疑难受限</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="270"/>
        <source>On-time reply rate</source>
        <translation>按时答复率</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="271"/>
        <source>Per 100 households</source>
        <translation>每百户</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="274"/>
        <source>Colour areas by</source>
        <translation>区域设色</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="276"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="276"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="276"/>
        <source>On time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="276"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="277"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="277"/>
        <source>Dispatched</source>
        <translation>派单日期</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="277"/>
        <source>Replied</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../statsdock.cpp" line="277"/>
        <source>Working days late</source>
        <translation>超期工作日</translation>
    </message>
</context>
<context>
    <name>lianxin::StatusReadout</name>
    <message>
        <location filename="../statusreadout.cpp" line="93"/>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <location filename="../statusreadout.cpp" line="126"/>
        <source>Cursor position, CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549)</source>
        <translation>光标位置，CGCS2000 / 3 度带高斯-克吕格投影，中央经线 120°E（EPSG:4549）</translation>
    </message>
    <message>
        <location filename="../statusreadout.cpp" line="127"/>
        <source>Cursor position, longitude and latitude (EPSG:4326)</source>
        <translation>光标位置，经纬度（EPSG:4326）</translation>
    </message>
    <message>
        <location filename="../statusreadout.cpp" line="128"/>
        <source>Map scale at 96 dpi</source>
        <translation>地图比例尺（按 96 dpi）</translation>
    </message>
    <message>
        <location filename="../statusreadout.cpp" line="129"/>
        <source>Time the last map frame took to render</source>
        <translation>最近一帧地图的渲染耗时</translation>
    </message>
    <message>
        <location filename="../statusreadout.cpp" line="131"/>
        <source>Render %1 ms</source>
        <translation>渲染 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>lianxin::ThreadsDock</name>
    <message numerus="yes">
        <location filename="../threadsdock.cpp" line="193"/>
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n 个专题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="238"/>
        <source>Finding threads…</source>
        <translation>正在查找专题…</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="247"/>
        <source>Threads not saved: %1</source>
        <translation>专题未能保存：%1</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="251"/>
        <source>%1 threads of %2 suggestions found and saved in %3 ms</source>
        <translation>找到并保存 %1 个专题，涉及意见建议 %2 件，用时 %3 毫秒</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="261"/>
        <source>Thread</source>
        <translation>专题</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="261"/>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="261"/>
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="261"/>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="261"/>
        <source>Rounds</source>
        <translation>走访轮次</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="266"/>
        <source>Largest first</source>
        <translation>按规模排序</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="267"/>
        <source>Most recent first</source>
        <translation>按时间排序（最近在前）</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="270"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="271"/>
        <source>Minimum size</source>
        <translation>最少件数</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="272"/>
        <source>Similar text</source>
        <translation>内容相似</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="273"/>
        <source>Within days</source>
        <translation>时间间隔（天）</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="274"/>
        <source>Suggestions this close to each other can be one thread (DBSCAN eps)</source>
        <translation>相距不超过此距离的意见建议可归入同一专题（DBSCAN eps）</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="275"/>
        <source>Only suggestions whose texts share enough character pairs (bigram TF-IDF cosine)</source>
        <translation>仅合并内容足够相似的意见建议（双字 TF-IDF 余弦相似度）</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="276"/>
        <source>Only suggestions submitted this many days apart or less</source>
        <translation>仅合并提交时间相差不超过此天数的意见建议</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="277"/>
        <source>Find threads</source>
        <translation>查找专题</translation>
    </message>
    <message>
        <location filename="../threadsdock.cpp" line="278"/>
        <source>Cluster the suggestions again and save the threads into the database</source>
        <translation>重新聚类意见建议并将专题保存到数据库</translation>
    </message>
</context>
<context>
    <name>lianxin::TimeSlider</name>
    <message>
        <location filename="../timeslider.cpp" line="124"/>
        <source>All periods</source>
        <translation>全部时段</translation>
    </message>
    <message>
        <location filename="../timeslider.cpp" line="126"/>
        <source>Visit round %1</source>
        <translation>第 %1 轮走访</translation>
    </message>
    <message>
        <location filename="../timeslider.cpp" line="128"/>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location filename="../timeslider.cpp" line="178"/>
        <source>By visit round</source>
        <translation>按走访轮次</translation>
    </message>
    <message>
        <location filename="../timeslider.cpp" line="179"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../timeslider.cpp" line="181"/>
        <source>Replay the periods one after another</source>
        <translation>逐个时段回放</translation>
    </message>
    <message>
        <location filename="../timeslider.cpp" line="182"/>
        <source>Left end: all periods</source>
        <translation>最左端：全部时段</translation>
    </message>
</context>
<context>
    <name>lianxin::RebalancePanel</name>
    <message>
        <location filename="../rebalancepanel.cpp" line="127"/>
        <source>Stability %1 m:</source>
        <translation>稳定性 %1 米：</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="208"/>
        <source>Balancing %1…</source>
        <translation>正在调整%1…</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="245"/>
        <source>Preview cancelled: nothing changed.</source>
        <translation>预览已取消，未作任何更改。</translation>
    </message>
    <message>
        <source>Preview discarded: the project was reloaded meanwhile; nothing changed.</source>
        <translation>预览已作废：期间项目已重新载入；未作任何修改。</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="249"/>
        <source>Cannot balance: %1</source>
        <translation>无法调整：%1</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="251"/>
        <source>Cannot balance</source>
        <translation>无法调整</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="252"/>
        <source>%1 cannot be balanced with these settings.</source>
        <translation>按当前设置无法调整%1。</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="281"/>
        <source>%1: %2 of %3 households would change group; mean walk %4 m → %5 m.</source>
        <translation>%1：%3 户中将有 %2 户调整联户组；平均步行距离 %4 米 → %5 米。</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="339"/>
        <source>%1 (%2 households)</source>
        <translation>%1（%2 户）</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="350"/>
        <source>the whole county</source>
        <translation>全区</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="357"/>
        <source>Rebalance %1: tolerance %2, stability %3 m, extra weights %4/%5/%6/%7, %8 locked groups</source>
        <translation>联户调整%1：容差 %2，稳定性 %3 米，加权 %4/%5/%6/%7，锁定 %8 个组</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="377"/>
        <source>Whole county</source>
        <translation>全区</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="378"/>
        <source>Department</source>
        <translation>区直部门</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="379"/>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="380"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="381"/>
        <source>Tolerance:</source>
        <translation>容差：</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="382"/>
        <source>How far a group&apos;s load may lie from the scope&apos;s mean, in weight units</source>
        <translation>联户组负荷与范围内平均负荷之间允许的差距（按权重单位计）</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="383"/>
        <source>Extra weight:</source>
        <translation>加权：</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="384"/>
        <source>Five elders</source>
        <translation>五老</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="384"/>
        <source>Subsistence allowance</source>
        <translation>低保</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="384"/>
        <source>Hardship</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="384"/>
        <source>Serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="387"/>
        <source>Extra load units a household with this flag counts for</source>
        <translation>带有此标记的户额外计入的负荷单位</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="389"/>
        <source>Compact</source>
        <translation>紧凑</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="390"/>
        <source>Stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="392"/>
        <source>Metres of walking a move must save before a household changes group</source>
        <translation>一户调整联户组前至少应节省的步行距离（米）</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="393"/>
        <source>Locked groups:</source>
        <translation>锁定的组：</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="394"/>
        <source>Checked groups keep exactly their households</source>
        <translation>勾选的联户组保持现有住户不变</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="395"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="396"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="397"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="398"/>
        <source>Write the proposal to the database (undo with Ctrl+Z)</source>
        <translation>将调整方案写入数据库（可用 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="399"/>
        <source>Export rosters…</source>
        <translation>导出联户名册…</translation>
    </message>
    <message>
        <location filename="../rebalancepanel.cpp" line="400"/>
        <source>Write the groups&apos; rosters as in the database, for printing (XLSX or CSV)</source>
        <translation>按数据库现状导出各联户组名册，供打印（XLSX 或 CSV）</translation>
    </message>
</context>
<context>
    <name>lianxin::RebalanceMetricsTable</name>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="71"/>
        <source>Before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="71"/>
        <source>After</source>
        <translation>调整后</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="72"/>
        <source>Smallest load</source>
        <translation>最小负荷</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="72"/>
        <source>Largest load</source>
        <translation>最大负荷</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="72"/>
        <source>Load std. dev.</source>
        <translation>负荷标准差</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="72"/>
        <source>Mean walk (m)</source>
        <translation>平均步行距离（米）</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="73"/>
        <source>90th percentile walk (m)</source>
        <translation>90% 分位步行距离（米）</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="73"/>
        <source>Compactness (hull share)</source>
        <translation>紧凑度（凸包占比）</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="73"/>
        <source>Mean group radius (m)</source>
        <translation>平均服务半径（米）</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="74"/>
        <source>Households moved</source>
        <translation>调整户数</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="74"/>
        <source>Groups: party member with non-member</source>
        <translation>党员带非党的组</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="75"/>
        <source>Groups: senior with junior</source>
        <translation>老带新的组</translation>
    </message>
    <message>
        <location filename="../rebalancemetricstable.cpp" line="75"/>
        <source>Groups: local with non-local</source>
        <translation>当地带外地的组</translation>
    </message>
</context>
<context>
    <name>lianxin::LoadHistogram</name>
    <message>
        <location filename="../loadhistogram.cpp" line="40"/>
        <source>Load histogram: run a preview</source>
        <translation>负荷直方图：请先预览</translation>
    </message>
    <message>
        <location filename="../loadhistogram.cpp" line="87"/>
        <source>before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <location filename="../loadhistogram.cpp" line="87"/>
        <source>after</source>
        <translation>调整后</translation>
    </message>
    <message>
        <location filename="../loadhistogram.cpp" line="87"/>
        <source>load per group</source>
        <translation>每组负荷</translation>
    </message>
</context>
<context>
    <name>lianxin::RebalanceController</name>
    <message>
        <location filename="../rebalancecontroller.cpp" line="104"/>
        <source>Undo of: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="77"/>
        <source>Rebalance groups</source>
        <translation>联户调整</translation>
    </message>
    <message numerus="yes">
        <location filename="../rebalancecontroller.cpp" line="87"/>
        <source>Rebalance (%n household(s))</source>
        <translation>
            <numerusform>联户调整（%n 户）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="105"/>
        <source>Could not change the groups</source>
        <translation>无法调整联户组</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="106"/>
        <source>Nothing was written to %1.</source>
        <translation>未向 %1 写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../rebalancecontroller.cpp" line="109"/>
        <source>%n household(s) changed group; the audit log records it.</source>
        <translation>
            <numerusform>%n 户已调整联户组，已记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="118"/>
        <source>rosters</source>
        <translation>联户名册</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="119"/>
        <source>Export rosters</source>
        <translation>导出联户名册</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="120"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="133"/>
        <source>Rosters of %1 households written to %2</source>
        <translation>已将 %1 户的名册写入 %2</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="138"/>
        <source>Could not export the rosters</source>
        <translation>无法导出联户名册</translation>
    </message>
    <message>
        <location filename="../rebalancecontroller.cpp" line="138"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>lianxin::HeatmapFilterForm</name>
    <message>
        <source>All concerns</source>
        <translation>全部诉求类别</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All grid areas</source>
        <translation>全部网格片区</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Concern group</source>
        <translation>诉求类别</translation>
    </message>
    <message>
        <source>Concern item</source>
        <translation>诉求事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <source>Grid area</source>
        <translation>网格片区</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部办理情况</translation>
    </message>
</context>
<context>
    <name>lianxin::VisitController</name>
    <message>
        <location filename="../visitcontroller.cpp" line="129"/>
        <source>Could not read the visit rounds: %1</source>
        <translation>无法读取走访轮次：%1</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="151"/>
        <source>Could not read the visits: %1</source>
        <translation>无法读取走访记录：%1</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="165"/>
        <source>不漏一户 %1/%2</source>
        <translation>不漏一户 %1/%2</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="166"/>
        <source>Round %1: households visited of the round&apos;s households</source>
        <translation>%1：已走访户数 / 本轮应访户数</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="180"/>
        <location filename="../visitcontroller.cpp" line="188"/>
        <source>Could not create the round</source>
        <translation>无法创建走访轮次</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="180"/>
        <source>The round is not valid.</source>
        <translation>走访轮次设置有误。</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="188"/>
        <location filename="../visitcontroller.cpp" line="279"/>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="194"/>
        <source>Create visit round %1</source>
        <translation>创建走访轮次 %1</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="195"/>
        <source>Undo of: create visit round %1</source>
        <translation>撤销：创建走访轮次 %1</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="244"/>
        <source>Planning cancelled</source>
        <translation>已取消路线规划</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="252"/>
        <source>Planned %1 routes, %2 households</source>
        <translation>已规划 %1 条路线，%2 户</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="279"/>
        <source>Could not record the visits</source>
        <translation>无法登记走访</translation>
    </message>
    <message numerus="yes">
        <location filename="../visitcontroller.cpp" line="285"/>
        <source>Record %n visit(s): %1</source>
        <translation>
            <numerusform>登记 %n 户走访：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="286"/>
        <source>Undo of: record visits in %1</source>
        <translation>撤销：登记 %1 的走访</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="298"/>
        <source>Could not write the visits</source>
        <translation>无法写入走访记录</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="299"/>
        <source>Nothing was written to %1.</source>
        <translation>未向 %1 写入任何内容。</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="352"/>
        <source>Plan the round first: the sheets list the households in walking order</source>
        <translation>请先规划本轮：走访表按步行顺序列出住户</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="357"/>
        <source>Print visit sheets</source>
        <translation>打印走访表</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="357"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="373"/>
        <source>Visit sheets written: %1</source>
        <translation>走访表已生成：%1</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="376"/>
        <source>Could not print the visit sheets</source>
        <translation>无法生成走访表</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="376"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../visitcontroller.cpp" line="384"/>
        <source>Visit rounds</source>
        <translation>大走访</translation>
    </message>
</context>
<context>
    <name>lianxin::VisitPanel</name>
    <message>
        <location filename="../visitpanel.cpp" line="194"/>
        <source>No plan yet: choose a round and press Plan.</source>
        <translation>尚未规划：请选择走访轮次后点击“规划”。</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="198"/>
        <source>%1 groups, %2 households, %3 km walked
(nearest neighbour + 2-opt: %4 km)
%5 groups need more than the round&apos;s %6 working days</source>
        <translation>%1 个联户组，%2 户，步行 %3 公里
（最近邻 + 2-opt：%4 公里）
%5 个组所需超过本轮 %6 个工作日</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="245"/>
        <source>not yet</source>
        <translation>未走访</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="249"/>
        <source>not at home ×%1</source>
        <translation>不在家 ×%1</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="276"/>
        <source>不漏一户: %1 of %2 households visited (%3 %), %4 not yet, %5 not at home twice, %6 priority households not yet seen</source>
        <translation>不漏一户：%2 户中已走访 %1 户（%3 %），未走访 %4 户，两次不在家 %5 户，重点户未见面 %6 户</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="353"/>
        <source>The visit round shown</source>
        <translation>当前显示的走访轮次</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="354"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="355"/>
        <source>Plan the round: every group&apos;s households in walking order (Ctrl+Shift+P)</source>
        <translation>规划本轮：各联户组按步行顺序走访各户（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="357"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="358"/>
        <source>Print sheets…</source>
        <translation>打印走访表…</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="359"/>
        <source>Visited on:</source>
        <translation>走访日期：</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="360"/>
        <source>Seen</source>
        <translation>见面</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="361"/>
        <source>Not at home</source>
        <translation>不在家</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="362"/>
        <source>Moved</source>
        <translation>已搬离</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="363"/>
        <source>Refused</source>
        <translation>拒访</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="364"/>
        <source>Mark households not yet visited on the map</source>
        <translation>在地图上标出未走访住户</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="365"/>
        <source>Routes and visits</source>
        <translation>路线与走访</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="366"/>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="367"/>
        <source>New round</source>
        <translation>新建轮次</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="368"/>
        <source>By group</source>
        <translation>按联户组</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="368"/>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="368"/>
        <source>By grid area</source>
        <translation>按网格片区</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="368"/>
        <source>By village</source>
        <translation>按渔村</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="368"/>
        <source>By township</source>
        <translation>按乡镇（街道）</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="373"/>
        <source>Group</source>
        <translation>联户组</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="373"/>
        <location filename="../visitpanel.cpp" line="379"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="373"/>
        <source>Stops</source>
        <translation>站数</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="373"/>
        <source>Metres</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="373"/>
        <source>Days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="373"/>
        <location filename="../visitpanel.cpp" line="379"/>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="376"/>
        <source>Stop</source>
        <translation>站</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="376"/>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="376"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="376"/>
        <source>Priority</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="376"/>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="376"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="379"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="379"/>
        <source>Not yet</source>
        <translation>未走访</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="379"/>
        <source>Absent twice</source>
        <translation>两次不在家</translation>
    </message>
    <message>
        <location filename="../visitpanel.cpp" line="379"/>
        <source>Priority open</source>
        <translation>重点户未访</translation>
    </message>
</context>
<context>
    <name>lianxin::VisitRoundForm</name>
    <message>
        <location filename="../visitroundform.cpp" line="73"/>
        <location filename="../visitroundform.cpp" line="115"/>
        <source>Whole county</source>
        <translation>全区</translation>
    </message>
    <message>
        <location filename="../visitroundform.cpp" line="78"/>
        <source>Township: %1</source>
        <translation>乡镇：%1</translation>
    </message>
    <message>
        <location filename="../visitroundform.cpp" line="110"/>
        <source>Round:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../visitroundform.cpp" line="111"/>
        <source>e.g. 2021 third round</source>
        <translation>例如：2021年第三轮</translation>
    </message>
    <message>
        <location filename="../visitroundform.cpp" line="112"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../visitroundform.cpp" line="113"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../visitroundform.cpp" line="116"/>
        <source>Priority households only (五老, 低保, 困难, 重病)</source>
        <translation>只走访重点户（五老、低保、困难、重病）</translation>
    </message>
    <message>
        <location filename="../visitroundform.cpp" line="117"/>
        <source>Visit priority households first (重点访)</source>
        <translation>重点户优先走访（重点访）</translation>
    </message>
    <message>
        <location filename="../visitroundform.cpp" line="118"/>
        <source>Visits a day:</source>
        <translation>每日走访户数：</translation>
    </message>
    <message>
        <location filename="../visitroundform.cpp" line="119"/>
        <source>Create round</source>
        <translation>创建轮次</translation>
    </message>
</context>
</TS>
