<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../layertitles.cpp" line="25"/>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../mainactions.cpp" line="62"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="63"/>
        <source>Open a Lianxin project database (.sqlite)</source>
        <translation>打开连心项目数据库（.sqlite）</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="64"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="65"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="66"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="67"/>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="68"/>
        <source>Show the whole county</source>
        <translation>显示全县</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="69"/>
        <source>Zoom to &amp;layer</source>
        <translation>缩放至图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="70"/>
        <source>Show the whole layer selected in the layer panel</source>
        <translation>显示图层面板中所选图层的全部范围</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="71"/>
        <source>Zoom to &amp;selection</source>
        <translation>缩放至所选要素(&amp;S)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="72"/>
        <source>Show the identified or found features</source>
        <translation>显示识别或搜索到的要素</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="73"/>
        <source>&amp;Previous extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="74"/>
        <source>&amp;Next extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="75"/>
        <source>&amp;Clear selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="76"/>
        <source>Show l&amp;abels</source>
        <translation>显示标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="77"/>
        <source>Show legend, scale &amp;bar and north arrow</source>
        <translation>显示图例、比例尺和指北针(&amp;B)</translation>
    </message>
    <message>
        <location filename="../mainactions.cpp" line="78"/>
        <source>&amp;About Lianxin</source>
        <translation>关于连心(&amp;A)</translation>
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
    <name>lianxin::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="360"/>
        <source>Lianxin — Changdao community service map</source>
        <translation>连心 — 长岛网格连心服务地图</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="365"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="368"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="369"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="370"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="371"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="364"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="301"/>
        <source>Search “%1”: %2 found</source>
        <translation>搜索“%1”：找到 %2 个</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="367"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="153"/>
        <source>About Lianxin</source>
        <translation>关于连心</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="154"/>
        <source>&lt;b&gt;Lianxin (连心) %1&lt;/b&gt;&lt;p&gt;The map of Changdao&apos;s grid-based community service network.&lt;p&gt;Coastline: GSHHG 2.3.7 (LGPL-3.0-or-later).</source>
        <translation>&lt;b&gt;连心 %1&lt;/b&gt;&lt;p&gt;长岛网格化社区服务网络地图。&lt;p&gt;海岸线：GSHHG 2.3.7（LGPL-3.0 或更高版本）。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="205"/>
        <location filename="../mainwindow.cpp" line="207"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="217"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="218"/>
        <location filename="../mainwindow.cpp" line="376"/>
        <source>Open a project database: File ▸ Open (%1)</source>
        <translation>请打开项目数据库：文件 ▸ 打开（%1）</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="221"/>
        <source>Could not open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="222"/>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="253"/>
        <source>Opened %1: read in %2 ms, map built in %3 ms</source>
        <translation>已打开 %1：读取 %2 毫秒，构建地图 %3 毫秒</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="258"/>
        <source>Style: %1 (the layer uses a default style)</source>
        <translation>样式：%1（该图层改用默认样式）</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="261"/>
        <source>%1 — %2 households, %3 suggestions</source>
        <translation>%1 — %2 户住户，%3 条意见建议</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="296"/>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="320"/>
        <source>Open project database</source>
        <translation>打开项目数据库</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="321"/>
        <source>Lianxin databases (*.sqlite *.db);;All files (*)</source>
        <translation>连心数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="372"/>
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="373"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="374"/>
        <source>Map navigation</source>
        <translation>地图导航</translation>
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
</TS>
